-- Issue 13 §6 (two nodes): the start-up synchronisation of groups, authorizations, filters and users runs on one
-- node at a time; a node starting at the same moment waits for this row (SELECT … FOR UPDATE) and then finds the
-- work done, instead of failing on the engine's optimistic locking.
CREATE TABLE startup_lock (
    name VARCHAR(40) PRIMARY KEY
);
INSERT INTO startup_lock (name) VALUES ('organisation');

package cn.jledu.studentstatus.organisation;

import cn.jledu.studentstatus.platform.CaseVariables;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Derives engine groups, authorizations and Tasklist filters from the organisation. Idempotent: run at
 * every start and after the organisation changes. What each group may do is in docs/security.md.
 */
@Service
public class IdentitySync {

    public static final String FILTER_MINE = "待我处理";
    public static final String FILTER_UNIT = "本单位待认领";
    public static final String FILTER_DUE_SOON = "即将超期";
    public static final String FILTER_OVERDUE = "已超期";
    public static final String FILTER_UNIT_ALL = "本单位全部待办";
    /** Names of earlier versions, removed at start-up. */
    static final List<String> FORMER_FILTERS = List.of("我的待办", "本单位待办");
    public static final String FILTER_ALL = "全部待办（管理员）";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final OrganisationRepository repository;

    IdentitySync(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                 TaskService tasks, OrganisationRepository repository) {
        this.tasks = tasks;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.repository = repository;
    }

    public void syncAll() {
        ensureAdminGroup();
        for (Bureau bureau : repository.bureaus()) {
            ensureGroup(GroupIds.bureauReviewer(bureau.code()), bureau.name() + "审核员", GroupIds.TYPE_BUREAU);
            ensureGroup(GroupIds.bureauAccountAdmin(bureau.code()), bureau.name() + "账号管理员", GroupIds.TYPE_BUREAU);
        }
        for (School school : repository.schools()) {
            for (SchoolRole role : SchoolRole.values()) {
                ensureGroup(GroupIds.school(school.code(), role), school.name() + role.label(), GroupIds.TYPE_SCHOOL);
            }
        }
        ensureFilters();
    }

    /** Creates a staff user (if absent) and adds it to the given groups. */
    public void ensureUser(String userId, String firstName, String lastName, String password, List<String> groups) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            identity.saveUser(user);
        }
        ownProfileReadOnly(userId);
        for (String groupId : groups) {
            if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identity.createMembership(userId, groupId);
            }
        }
    }

    private void ensureAdminGroup() {
        if (identity.createGroupQuery().groupId(GroupIds.ADMIN).count() == 0) {
            Group group = identity.newGroup(GroupIds.ADMIN);
            group.setName("系统管理员");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        for (Resource resource : Resources.values()) {
            grant(GroupIds.ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
    }

    /** Issue 13 §5: staff may not change their own profile (a user renamed itself 省教育厅); administrators may. */
    private void ownProfileReadOnly(String userId) {
        for (Authorization own : authorizations.createAuthorizationQuery().userIdIn(userId)
                .resourceType(Resources.USER).resourceId(userId).list()) {
            if (own.getAuthorizationType() == AUTH_TYPE_GRANT && own.isPermissionGranted(Permissions.UPDATE)) {
                own.setPermissions(new Permission[] {Permissions.READ});
                authorizations.saveAuthorization(own);
            }
        }
    }

    private void ensureGroup(String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        // users see their own profile and may change their own password in Tasklist
        grant(groupId, Resources.GROUP, groupId, Permissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean present = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .list().stream().anyMatch(a -> a.isPermissionGranted(permission));
        if (!present) {
            Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
            auth.addPermission(permission);
            authorizations.saveAuthorization(auth);
        }
    }

    private void ensureFilters() {
        for (String former : FORMER_FILTERS) {
            filters.createFilterQuery().filterName(former).list().forEach(f -> filters.deleteFilter(f.getId()));
        }
        // every list is sorted by due date, soonest first (tasks without a due date last)
        TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();
        TaskQuery unit = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned().orderByDueDate().asc();
        TaskQuery dueSoon = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().followUpBeforeExpression("${now()}").dueAfterExpression("${now()}")
                .orderByDueDate().asc();
        TaskQuery overdue = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc();
        TaskQuery unitAll = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().orderByDueDate().asc();
        TaskQuery all = tasks.createTaskQuery().orderByDueDate().asc();
        ensureFilter(FILTER_MINE, mine, -20, "#3b8fd6", "已认领、由我办理的任务，按到期日排序");
        ensureFilter(FILTER_UNIT, unit, -15, "#4caf50", "本单位（本人所在用户组）尚未认领的任务，按到期日排序");
        ensureFilter(FILTER_DUE_SOON, dueSoon, -10, "#ff9800", "本单位3个工作日内到期的任务");
        ensureFilter(FILTER_OVERDUE, overdue, -5, "#e53935", "本单位已超过到期日的任务");
        ensureFilter(FILTER_UNIT_ALL, unitAll, 0, "#607d8b", "本单位全部任务（含他人已认领的）");
        String allId = ensureFilter(FILTER_ALL, all, 10, "#9e9e9e", "全部任务，仅管理员可见");
        for (Filter f : filters.createFilterQuery().list()) {
            if (!f.getId().equals(allId)) {
                ensureGlobalFilterRead(f.getId());
            }
        }
    }

    private String ensureFilter(String name, TaskQuery query, int priority, String color, String description) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        Map<String, Object> properties = new HashMap<>();
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", new ArrayList<>(List.of(
                Map.of("name", CaseVariables.SCHOOL_NAME, "label", "学校"),
                Map.of("name", CaseVariables.STUDENT_NAME, "label", "学生"),
                Map.of("name", CaseVariables.CASE_TITLE, "label", "事项"))));
        Filter filter = existing != null ? existing : filters.newTaskFilter(name);
        filter.setQuery(query).setProperties(properties).setOwner(null);
        filters.saveFilter(filter);
        return filter.getId();
    }

    private void ensureGlobalFilterRead(String filterId) {
        boolean present = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
        if (!present) {
            Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            auth.setUserId(Authorization.ANY);
            auth.setResource(Resources.FILTER);
            auth.setResourceId(filterId);
            auth.addPermission(Permissions.READ);
            authorizations.saveAuthorization(auth);
        }
    }
}

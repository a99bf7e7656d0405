package cn.jledu.studentstatus.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue, approved majors and classes in memory, for rule tests without Spring or a database. Only these
 * are kept; any other question (bureaus, schools) is not supported and fails.
 */
public class InMemoryOrganisationRepository extends OrganisationRepository {

    private final Map<String, Major> majors = new LinkedHashMap<>();
    private final Set<String> approved = new HashSet<>();
    private final List<SchoolClass> classes = new ArrayList<>();

    public InMemoryOrganisationRepository() {
        super(null);
    }

    /** Adds a major of the national catalogue. */
    public InMemoryOrganisationRepository withMajor(String code, String name, boolean primaryIntakeAllowed,
                                                    Integer qualificationDuration) {
        majors.put(code, new Major(code, name, code.substring(0, 2), "2021", code.startsWith("61"),
                primaryIntakeAllowed, qualificationDuration));
        return this;
    }

    /** Approves majors for a school. */
    public InMemoryOrganisationRepository withApproved(String schoolCode, List<String> majorCodes) {
        majorCodes.forEach(m -> approved.add(schoolCode + "/" + m));
        return this;
    }

    /** Adds a class. */
    public InMemoryOrganisationRepository withClass(String schoolCode, String majorCode, String name, int yearGroup) {
        insertClass(schoolCode, majorCode, name, yearGroup, null);
        return this;
    }

    @Override
    public Optional<Major> major(String code) {
        return Optional.ofNullable(majors.get(code));
    }

    @Override
    public boolean isApproved(String schoolCode, String majorCode) {
        return approved.contains(schoolCode + "/" + majorCode);
    }

    @Override
    public void approveMajor(String schoolCode, String majorCode, LocalDate approvedOn, String approvalRef) {
        approved.add(schoolCode + "/" + majorCode);
    }

    @Override
    public long insertClass(String schoolCode, String majorCode, String name, int yearGroup, String headTeacher) {
        long id = classes.size() + 1;
        classes.add(new SchoolClass(id, schoolCode, majorCode, name, yearGroup, headTeacher));
        return id;
    }

    @Override
    public Optional<SchoolClass> schoolClass(long id) {
        return classes.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public List<SchoolClass> classes(String schoolCode) {
        return classes.stream().filter(c -> c.schoolCode().equals(schoolCode)).toList();
    }

    @Override
    public List<Bureau> bureaus() {
        throw new UnsupportedOperationException("not kept in memory");
    }

    @Override
    public Optional<Bureau> bureau(String code) {
        throw new UnsupportedOperationException("not kept in memory");
    }

    @Override
    public List<School> schools() {
        throw new UnsupportedOperationException("not kept in memory");
    }

    @Override
    public Optional<School> school(String code) {
        throw new UnsupportedOperationException("not kept in memory");
    }

    @Override
    public void insertSchool(School school) {
        throw new UnsupportedOperationException("not kept in memory");
    }

    @Override
    public List<Major> approvedMajors(String schoolCode) {
        return majors.values().stream().filter(m -> isApproved(schoolCode, m.code())).toList();
    }

    @Override
    public void markClassVerified(long classId, java.time.OffsetDateTime at) {
        throw new UnsupportedOperationException("not kept in memory");
    }
}

package cn.jledu.studentstatus.organisation;

import cn.jledu.studentstatus.platform.NotFound;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Questions about the organisation that every procedure asks: a school's supervising bureau, the chain of
 * bureaus that review a school's cases (county-run: county then city; city-run: city; province-run: province)
 * and the next bureau up for escalations.
 */
@Service
public class Organisation {

    private final OrganisationRepository repository;

    Organisation(OrganisationRepository repository) {
        this.repository = repository;
    }

    public School school(String code) {
        return repository.school(code).orElseThrow(() -> new NotFound("学校不存在：" + code));
    }

    public Bureau bureau(String code) {
        return repository.bureau(code).orElseThrow(() -> new NotFound("教育行政部门不存在：" + code));
    }

    public Bureau supervisingBureau(String schoolCode) {
        return bureau(school(schoolCode).supervisingBureauCode());
    }

    /** Bureaus that review a school's cases, in order; the last one decides (e.g. registers the student). */
    public List<Bureau> reviewChain(String schoolCode) {
        Bureau supervising = supervisingBureau(schoolCode);
        List<Bureau> chain = new ArrayList<>();
        chain.add(supervising);
        if (supervising.level() == BureauLevel.COUNTY) {
            chain.add(bureau(supervising.parentCode()));
        }
        return chain;
    }

    /** Every school, in code order. */
    public List<School> schools() {
        return repository.schools();
    }

    /** The codes of the schools whose review chain includes one of the bureaus (see {@link #reviewChain}). */
    public List<String> schoolsReviewedBy(Collection<String> bureauCodes) {
        Map<String, Bureau> bureaus = new HashMap<>();
        repository.bureaus().forEach(b -> bureaus.put(b.code(), b));
        List<String> schools = new ArrayList<>();
        for (School school : repository.schools()) {
            Bureau supervising = bureaus.get(school.supervisingBureauCode());
            boolean reviewed = bureauCodes.contains(supervising.code())
                    || supervising.level() == BureauLevel.COUNTY && bureauCodes.contains(supervising.parentCode());
            if (reviewed) {
                schools.add(school.code());
            }
        }
        return schools;
    }

    /** The provincial bureau (the root of the bureau tree). */
    public Bureau province() {
        return repository.bureaus().stream().filter(b -> b.level() == BureauLevel.PROVINCE).findFirst()
                .orElseThrow(() -> new NotFound("省级教育行政部门不存在"));
    }

    /**
     * The codes of the schools supervised by one of the bureaus or by a bureau below one of them (oversight,
     * R-MON-3: a city bureau oversees its own schools and its counties' schools; the province every school).
     */
    public List<String> schoolsUnder(Collection<String> bureauCodes) {
        Map<String, Bureau> bureaus = new HashMap<>();
        repository.bureaus().forEach(b -> bureaus.put(b.code(), b));
        List<String> schools = new ArrayList<>();
        for (School school : repository.schools()) {
            for (Bureau b = bureaus.get(school.supervisingBureauCode()); b != null; b = bureaus.get(b.parentCode())) {
                if (bureauCodes.contains(b.code())) {
                    schools.add(school.code());
                    break;
                }
                if (b.parentCode() == null) {
                    break;
                }
            }
        }
        return schools;
    }

    /** The bureau one level up (county → city → province), or null above the province. */
    public Bureau parentOf(String bureauCode) {
        Bureau bureau = bureau(bureauCode);
        return bureau.parentCode() == null ? null : bureau(bureau.parentCode());
    }

    /** The city-level bureau over a school (its own city for county schools; the province for province schools). */
    public Bureau cityOver(String schoolCode) {
        Bureau b = supervisingBureau(schoolCode);
        return b.level() == BureauLevel.COUNTY ? bureau(b.parentCode()) : b;
    }
}

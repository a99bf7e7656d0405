package cn.jledu.studentstatus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupIdsTest {

    @Test
    void schoolAndBureauGroupIdsAreStableAndReversible() {
        String registrar = GroupIds.school("2201220001", SchoolRole.REGISTRAR);
        assertThat(registrar).isEqualTo("school-2201220001-registrar");
        assertThat(GroupIds.schoolOf(registrar)).isEqualTo("2201220001");
        assertThat(GroupIds.bureauReviewer("220122")).isEqualTo("bureau-220122-reviewer");
        assertThat(GroupIds.bureauOf("bureau-220122-reviewer")).isEqualTo("220122");
        assertThat(GroupIds.bureauOf(registrar)).isNull();
    }
}

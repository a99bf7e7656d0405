package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.AppClock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Checks an identity document number before a form is submitted: 200 with what it encodes, or 422 with the rule. */
@RestController
class IdNumberController {

    record Check(IdType idType, String idNumber, LocalDate birthDate, Gender gender) {
    }

    record Result(IdType idType, String idNumber, LocalDate birthDate, Gender gender, String masked) {
    }

    private final StaffScope access;

    IdNumberController(StaffScope access) {
        this.access = access;
    }

    /** Open to every signed-in staff member. */
    @PostMapping("/api/id-numbers/check")
    Result check(@RequestBody Check check) {
        access.requireSignedIn();
        if (check.idNumber() != null && check.idNumber().length() > 32) {
            throw new cn.jledu.studentstatus.platform.InvalidInput("idNumber", "证件号码最多 32 个字符。", 32);
        }
        IdNumber id = IdNumber.of(check.idType() == null ? IdType.RESIDENT_ID : check.idType(), check.idNumber(),
                check.birthDate(), check.gender(), AppClock.today());
        return new Result(id.type(), id.value(), id.birthDate(), id.gender(), id.masked());
    }
}

package cn.jledu.studentstatus.transfer;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The term-start timer of the in-half, {@code ${transferInTermStart.of(execution)}} (R-TRF-6, R-REG-7): the
 * effective day recorded in the case when the in-bureau approved (the in-school's next term start), read by the
 * case key, 00:00 Asia/Shanghai.
 */
@Component("transferInTermStart")
public class TransferInTermStart {

    private final TransferService service;

    TransferInTermStart(TransferService service) {
        this.service = service;
    }

    public Date of(DelegateExecution execution) {
        return service.termStart(execution.getProcessBusinessKey());
    }
}

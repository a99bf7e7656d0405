package cn.jledu.studentstatus.document;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A document that cannot be rendered is answered with HTTP 500 and its Chinese message (e.g. the missing character). */
@RestControllerAdvice(basePackages = "cn.jledu.studentstatus")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 20) // before ApiErrors
class DocumentErrors {

    @ExceptionHandler(DocumentRenderingException.class)
    ProblemDetail renderingFailed(DocumentRenderingException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        p.setTitle("文书生成失败");
        return p;
    }
}

package cn.jledu.studentstatus.platform;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps refusals to RFC 9457 problem documents with a Chinese {@code detail} and the rule id. Consulted before
 * {@link DatabaseFailures}, so a refusal wrapped in an engine exception is still found by its cause.
 */
@RestControllerAdvice(basePackages = "cn.jledu.studentstatus")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10)
class ApiErrors {

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setTitle("不符合学籍管理规定");
        p.setProperty("ruleId", e.ruleId());
        return p;
    }

    /** The one answer for "not there" and "not yours" on an endpoint that names an object in its path. */
    static final String NOT_THERE = "未找到该记录，或您无权查看该记录。";

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, jakarta.servlet.http.HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                addressesAnObject(request) ? NOT_THERE : e.getMessage());
        p.setTitle("记录不存在");
        return p;
    }

    /**
     * Issue 13 §5: another school's object and an object that does not exist get the same answer (404, same
     * body) on endpoints that address an object in their path; refusals of a role or of a school named in a query
     * stay 403 with their own message.
     */
    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e, jakarta.servlet.http.HttpServletRequest request) {
        if (e.outOfReadScope() && addressesAnObject(request)) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, NOT_THERE);
            p.setTitle("记录不存在");
            return p;
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("无权操作");
        return p;
    }

    private static boolean addressesAnObject(jakarta.servlet.http.HttpServletRequest request) {
        Object variables = request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof java.util.Map<?, ?> map && !map.isEmpty();
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> fields = e.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(f -> f.getField(), f -> String.valueOf(f.getDefaultMessage()), (a, b) -> a));
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求数据不完整或格式不正确：" + fields);
        p.setTitle("请求数据有误");
        p.setProperty("fields", fields);
        return p;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("请求数据有误");
        p.setProperty("field", e.field());
        if (e.maxLength() != null) {
            p.setProperty("maxLength", e.maxLength());
        }
        return p;
    }

    /**
     * Unreadable requests: the message names the field or parameter but never echoes the input or the framework's
     * English text (issue 13 §4).
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        String field = null;
        if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field == null
                ? "请求内容不是有效的 JSON，或缺少请求内容。"
                : "字段“" + field + "”的值类型或格式不正确（数字须为整数，日期为 YYYY-MM-DD，选项须为列出的值之一）。");
        p.setTitle("请求数据有误");
        if (field != null) {
            p.setProperty("field", field);
        }
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return parameter(e.getName(), "参数“" + e.getName() + "”的格式不正确。");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return parameter(e.getParameterName(), "缺少参数“" + e.getParameterName() + "”。");
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ProblemDetail missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        return parameter(e.getRequestPartName(), "缺少上传内容“" + e.getRequestPartName() + "”。");
    }

    @ExceptionHandler(java.time.DateTimeException.class)
    ProblemDetail badDate(java.time.DateTimeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "日期或月份不正确：日期应为存在的日期，格式 YYYY-MM-DD；月份格式 YYYY-MM。");
        p.setTitle("请求数据有误");
        return p;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail unreadable(IllegalArgumentException e) {
        // our own code throws IllegalArgumentException with Chinese messages; anything else gets a general one
        String message = e.getMessage() != null && e.getMessage().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)
                ? e.getMessage() : "请求数据格式不正确。";
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        p.setTitle("请求数据有误");
        return p;
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(Exception e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "不支持的请求内容类型：请以 JSON（或上传时以 multipart/form-data）提交。");
        p.setTitle("请求数据有误");
        return p;
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(Exception e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, "该地址不支持此请求方式。");
        p.setTitle("请求方式有误");
        return p;
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(Exception e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "上传文件过大（上限 50 MB）。");
        p.setTitle("请求数据有误");
        return p;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        if (isValueTooLong(e)) {
            // a field without its own length check at the edge: still a 400, never a conflict
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "填写的内容超过允许的长度，未作任何修改。");
            p.setTitle("请求数据有误");
            return p;
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "数据与已有记录冲突，未作任何修改。");
        p.setTitle("数据冲突");
        return p;
    }

    private static boolean isValueTooLong(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail parameter(String name, String message) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        p.setTitle("请求数据有误");
        p.setProperty("field", name);
        return p;
    }
}

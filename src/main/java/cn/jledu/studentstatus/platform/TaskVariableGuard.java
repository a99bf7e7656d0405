package cn.jledu.studentstatus.platform;

import cn.jledu.studentstatus.platform.TaskFormFields.Kind;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine-wide guard on task variables (docs/adr/0003-task-completion-variables.md). A command that comes from
 * outside the engine — the Java API, and through it the engine REST API and Tasklist — and completes a task
 * (complete, submit-form, resolve, BPMN error or escalation with variables) or changes a task's variables (set,
 * modify, remove; task-local or not) may touch only
 * <ul>
 *   <li>the fields of the task's Camunda Form (the form the engine resolves for the task), with the type the
 *       form fixes; read-only fields only with the value they already have, and</li>
 *   <li>the names the user task declares in its extension property {@value #COMPLETION_VARIABLES}
 *       (comma-separated), for completions by our own code,</li>
 * </ul>
 * and never a name in {@link CaseVariables#IDENTIFYING}. Anything else is a {@link FormRefusal} naming the
 * variable, thrown before the command runs: the task stays open and nothing changes.
 *
 * <p>Commands that the engine runs inside another command (a delegate or listener using the TaskService) are not
 * checked: they are our own code running on behalf of the outer command, which was checked. The guard is a
 * command interceptor placed after the engine's command context interceptor, so that it reads the task in the
 * command's own transaction; it runs the command's own authorization check first, so that only someone who may
 * act on the task learns why the change is refused.
 */
final class TaskVariableGuard extends CommandInterceptor {

    /** The user task extension property listing extra variable names a completion may set. */
    static final String COMPLETION_VARIABLES = "completionVariables";

    private static final Logger LOG = LoggerFactory.getLogger(TaskVariableGuard.class);
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    // Camunda's task commands expose what they will do only in protected fields (checked at start-up).
    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");
    private static final Field ERROR_TASK_ID = field(HandleTaskBpmnErrorCmd.class, "taskId");
    private static final Field ERROR_VARIABLES = field(HandleTaskBpmnErrorCmd.class, "variables");
    private static final Field ESCALATION_TASK_ID = field(HandleTaskEscalationCmd.class, "taskId");
    private static final Field ESCALATION_VARIABLES = field(HandleTaskEscalationCmd.class, "variables");
    private static final Field VARIABLE_ENTITY_ID = field(AbstractVariableCmd.class, "entityId");
    private static final Field SET_VARIABLES = field(AbstractSetVariableCmd.class, "variables");
    private static final Field REMOVE_NAMES = field(AbstractRemoveVariableCmd.class, "variableNames");
    private static final Field PATCH_ENTITY_ID = field(AbstractPatchVariablesCmd.class, "entityId");
    private static final Field PATCH_VARIABLES = field(AbstractPatchVariablesCmd.class, "variables");
    private static final Field PATCH_DELETIONS = field(AbstractPatchVariablesCmd.class, "deletions");
    private static final Field CLAIM_USER_ID = field(ClaimTaskCmd.class, "userId");

    private final Supplier<FreeTextPolicy> textPolicy;

    /** @param textPolicy the check of free text (issue 13 §4), looked up when a completion carries text */
    TaskVariableGuard(Supplier<FreeTextPolicy> textPolicy) {
        this.textPolicy = textPolicy;
    }

    /** What a command would do to one task's variables. */
    record Attempt(String taskId, boolean completes, Map<String, ?> set, Collection<String> removed) {

        boolean changesNothing() {
            return (set == null || set.isEmpty()) && (removed == null || removed.isEmpty());
        }
    }

    @Override
    public <T> T execute(Command<T> command) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            if (depth[0] == 1) {
                refuseClaimWithoutUser(command);
                Attempt attempt = attempt(command);
                if (attempt != null && !attempt.changesNothing()) {
                    check(attempt, Context.getCommandContext());
                }
            }
            return next.execute(command);
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
        }
    }

    /**
     * A claim names who claims (issue 13 §4): {@code POST /task/{id}/claim} without a body reached the engine as a
     * claim for nobody — an unclaim of someone else's task by a candidate — instead of a 400. Unclaiming is
     * {@code /unclaim}; our own code never claims for nobody.
     */
    private static void refuseClaimWithoutUser(Command<?> command) {
        if (command instanceof ClaimTaskCmd) {
            Object userId = read(CLAIM_USER_ID, command);
            if (userId == null || userId.toString().isBlank()) {
                throw new FormRefusal("认领任务须指明认领人（请求体 {\"userId\": \"…\"}）；放弃认领请使用“取消认领”（unclaim）。");
            }
        }
    }

    /** The task and variables a command touches, or null for any other command. */
    @SuppressWarnings("unchecked")
    static Attempt attempt(Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            return new Attempt(read(COMPLETE_TASK_ID, command), true, read(COMPLETE_VARIABLES, command), List.of());
        }
        if (command instanceof SubmitTaskFormCmd) {
            return new Attempt(read(SUBMIT_TASK_ID, command), true, read(SUBMIT_PROPERTIES, command), List.of());
        }
        if (command instanceof HandleTaskBpmnErrorCmd) {
            return new Attempt(read(ERROR_TASK_ID, command), true, read(ERROR_VARIABLES, command), List.of());
        }
        if (command instanceof HandleTaskEscalationCmd) {
            return new Attempt(read(ESCALATION_TASK_ID, command), true, read(ESCALATION_VARIABLES, command), List.of());
        }
        if (command instanceof SetTaskVariablesCmd) {
            return new Attempt(read(VARIABLE_ENTITY_ID, command), false, read(SET_VARIABLES, command), List.of());
        }
        if (command instanceof RemoveTaskVariablesCmd) {
            return new Attempt(read(VARIABLE_ENTITY_ID, command), false, Map.of(), read(REMOVE_NAMES, command));
        }
        if (command instanceof PatchTaskVariablesCmd) {
            return new Attempt(read(PATCH_ENTITY_ID, command), false, read(PATCH_VARIABLES, command),
                    read(PATCH_DELETIONS, command));
        }
        return null;
    }

    private void check(Attempt attempt, CommandContext context) {
        TaskEntity task = attempt.taskId() == null ? null : context.getTaskManager().findTaskById(attempt.taskId());
        if (task == null || task.getProcessDefinitionId() == null) {
            return; // the command itself answers "not found"; standalone tasks are disabled in this engine
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            if (attempt.completes()) {
                checker.checkTaskWork(task);
            } else {
                checker.checkUpdateTaskVariable(task);
            }
        }
        Declared declared = declared(task, context);
        try {
            if (attempt.set() != null) {
                attempt.set().forEach((name, value) -> declared.checkSet(task, name, value));
            }
            if (attempt.removed() != null) {
                attempt.removed().forEach(declared::checkRemove);
            }
            if (attempt.set() != null) {
                attempt.set().forEach((name, value) -> declared.checkText(name, value, textPolicy));
            }
        } catch (FormRefusal refusal) {
            LOG.warn("Refused a change of variables on task {} ({} of process definition {}) by user {}: {}",
                    task.getId(), task.getTaskDefinitionKey(), task.getProcessDefinitionId(),
                    context.getAuthenticatedUserId(), refusal.getMessage());
            throw refusal;
        }
    }

    /** What a task declares: its form's fields and its extra completion variables. */
    static Declared declared(TaskEntity task, CommandContext context) {
        JsonNode form = camundaForm(task, context);
        Map<String, TaskFormFields.Field> fields = form != null ? TaskFormFields.parse(form) : generatedFields(task, context);
        Map<String, TaskFormFields.Text> texts = form != null ? TaskFormFields.texts(form) : Map.of();
        return new Declared(fields, completionVariables(task.getBpmnModelElementInstance()), texts);
    }

    /** The task's Camunda Form, or null when it has another kind of form (or none). */
    private static JsonNode camundaForm(TaskEntity task, CommandContext context) {
        TaskFormData data = context.runWithoutAuthorization(new GetTaskFormCmd(task.getId()));
        boolean camundaForm = data != null && (data.getCamundaFormRef() != null
                || (data.getFormKey() != null && data.getFormKey().startsWith("camunda-forms:")));
        if (!camundaForm) {
            return null;
        }
        try (InputStream form = context.runWithoutAuthorization(new GetDeployedTaskFormCmd(task.getId()))) {
            return TaskFormFields.read(form);
        } catch (BadUserRequestException e) {
            // the form cannot be found: the task declares no fields, so nothing is allowed
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A generated form (camunda:formData) declares its fields in the diagram; any other form declares none. */
    private static Map<String, TaskFormFields.Field> generatedFields(TaskEntity task, CommandContext context) {
        TaskFormData data = context.runWithoutAuthorization(new GetTaskFormCmd(task.getId()));
        return data == null ? Map.of() : data.getFormFields().stream().collect(Collectors.toMap(
                f -> f.getId(), f -> new TaskFormFields.Field(f.getId(), Kind.ANY, false), (a, b) -> a));
    }

    /** The names in the user task's {@value #COMPLETION_VARIABLES} property. */
    static Set<String> completionVariables(UserTask userTask) {
        Set<String> names = new LinkedHashSet<>();
        ExtensionElements extensions = userTask == null ? null : userTask.getExtensionElements();
        if (extensions == null) {
            return names;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty p : properties.getCamundaProperties()) {
                if (COMPLETION_VARIABLES.equals(p.getCamundaName()) && p.getCamundaValue() != null) {
                    Arrays.stream(p.getCamundaValue().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                            .forEach(names::add);
                }
            }
        }
        return names;
    }

    /** The names a task allows, and the checks of one name. */
    record Declared(Map<String, TaskFormFields.Field> form, Set<String> extra, Map<String, TaskFormFields.Text> texts) {

        /** A form's text field must carry text a document can show (issue 13 §4), within the field's length. */
        void checkText(String name, Object value, Supplier<FreeTextPolicy> policy) {
            TaskFormFields.Text text = texts.get(name);
            TaskFormFields.Field field = form.get(name);
            if (text == null || field == null || field.readonly() || !(plain(value) instanceof String s)) {
                return;
            }
            FreeTextPolicy check = policy.get();
            if (check == null) {
                return;
            }
            try {
                check.check(name, text.label(), s, text.maxLength());
            } catch (InvalidInput invalid) {
                throw new FormRefusal(invalid.getMessage());
            }
        }

        void checkSet(TaskEntity task, String name, Object value) {
            TaskFormFields.Field field = form.get(name);
            boolean unchangedReadonly = field != null && field.readonly()
                    && same(field.kind(), plain(value), task.getVariable(name));
            if (CaseVariables.IDENTIFYING.contains(name)) {
                if (unchangedReadonly) {
                    return;
                }
                throw new FormRefusal("不允许在办理任务时设置变量“" + shown(name) + "”：它标识本案件，案件开始后不能更改。");
            }
            if (field == null) {
                if (extra.contains(name)) {
                    return;
                }
                throw new FormRefusal("不允许在办理任务时设置变量“" + shown(name) + "”：该任务的表单没有这一项。");
            }
            if (field.readonly()) {
                if (unchangedReadonly) {
                    return;
                }
                throw new FormRefusal("不允许在办理任务时修改变量“" + shown(name) + "”：该任务的表单中这一项只读。");
            }
            if (!fits(field.kind(), value)) {
                throw new FormRefusal("变量“" + shown(name) + "”的类型不对：该任务的表单中这一项应为"
                        + field.kind().label() + "。");
            }
        }

        void checkRemove(String name) {
            TaskFormFields.Field field = form.get(name);
            if (CaseVariables.IDENTIFYING.contains(name)) {
                throw new FormRefusal("不允许在办理任务时删除变量“" + shown(name) + "”：它标识本案件，案件开始后不能更改。");
            }
            if ((field != null && !field.readonly()) || (field == null && extra.contains(name))) {
                return;
            }
            throw new FormRefusal(field == null
                    ? "不允许在办理任务时删除变量“" + shown(name) + "”：该任务的表单没有这一项。"
                    : "不允许在办理任务时删除变量“" + shown(name) + "”：该任务的表单中这一项只读。");
        }
    }

    /** Whether a submitted value has the type a form field fixes (an empty value always fits). */
    static boolean fits(Kind kind, Object submitted) {
        if (submitted instanceof TypedValue typed && typed.getType() != null && !typed.getType().isPrimitiveValueType()) {
            return kind == Kind.ANY; // an object, JSON, XML or file value
        }
        Object v = plain(submitted);
        return v == null || switch (kind) {
            case TEXT -> v instanceof String;
            case NUMBER -> v instanceof Number;
            case BOOLEAN -> v instanceof Boolean;
            case ANY -> true;
        };
    }

    /** A primitive typed value's Java value; other typed values stay as they are (never equal to a plain value). */
    static Object plain(Object value) {
        if (value instanceof TypedValue typed && (typed.getType() == null || typed.getType().isPrimitiveValueType())) {
            return typed.getValue();
        }
        return value;
    }

    /** Tasklist sends back a read-only field as loaded: an absent value arrives as "" (or false for a checkbox). */
    static boolean same(Kind kind, Object submitted, Object current) {
        if (empty(kind, submitted) && empty(kind, current)) {
            return true;
        }
        if (submitted instanceof Number a && current instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(submitted, current);
    }

    private static boolean empty(Kind kind, Object v) {
        return v == null || "".equals(v) || (kind == Kind.BOOLEAN && Boolean.FALSE.equals(v));
    }

    /** A variable name as shown in a message: printable characters only, at most 40 of them. */
    static String shown(String name) {
        String printable = name == null ? "" : name.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException("Camunda " + type.getSimpleName() + " has no field '" + name
                + "': TaskVariableGuard must be adapted to this engine version");
    }

    @SuppressWarnings("unchecked")
    private static <V> V read(Field field, Object command) {
        try {
            return (V) field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

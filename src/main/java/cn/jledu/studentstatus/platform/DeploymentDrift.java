package cn.jledu.studentstatus.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What start-up does when a diagram or form was deployed from Camunda Modeler after the application's own
 * deployment: the engine keeps the newer Modeler version as the latest (the start-up deployment only compares with
 * its own previous deployment), and this check logs a warning naming the resource and both versions, because the
 * repository is then behind what runs (docs/operations.md). Nothing is redeployed over an administrator's change.
 */
@Component
public class DeploymentDrift {

    /** The name the Spring Boot starter gives the start-up deployment. */
    public static final String AUTO_DEPLOYMENT = "SpringAutoDeployment";
    static final String[] PATTERNS = {"classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
        "classpath*:forms/**/*.form"};

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentDrift.class);

    /**
     * A packaged resource (diagram, decision table, form) whose newest deployed copy came from elsewhere (Modeler)
     * and differs from the file.
     *
     * @param deployedVersion the latest process definition's version for a diagram, the decision's for a decision
     *                        table, else null
     * @param packagedVersion the version the packaged file has in the start-up deployment, else null
     */
    public record Drift(String resource, String deploymentName, String deploymentSource, Date deployedAt,
                        Integer deployedVersion, Integer packagedVersion) {

        String message() {
            return "资源 " + resource + " 的最新部署来自“" + deploymentName + "”（来源 " + deploymentSource + "，"
                    + deployedAt + (deployedVersion == null ? "" : "，版本 " + deployedVersion) + "），与应用打包的文件"
                    + (packagedVersion == null ? "" : "（版本 " + packagedVersion + "）") + "不同：新建的案件使用 Modeler 的版本；"
                    + "请把 Modeler 中的文件提交到仓库，否则仓库落后于运行中的流程（docs/operations.md）。";
        }
    }

    private final RepositoryService repository;

    DeploymentDrift(RepositoryService repository) {
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAtStartUp() {
        for (Drift d : check()) {
            LOG.warn(d.message());
        }
    }

    /** Every packaged diagram or form whose newest deployed copy is not the packaged one. */
    public List<Drift> check() {
        List<Deployment> newestFirst = repository.createDeploymentQuery().orderByDeploymentTime().desc().list();
        List<Drift> drifts = new ArrayList<>();
        for (Resource packaged : packagedResources()) {
            String file = packaged.getFilename();
            for (Deployment d : newestFirst) {
                Optional<String> name = repository.getDeploymentResourceNames(d.getId()).stream()
                        .filter(r -> r.equals(file) || r.endsWith("/" + file)).findFirst();
                if (name.isEmpty()) {
                    continue;
                }
                if (!AUTO_DEPLOYMENT.equals(d.getName()) && !sameBytes(packaged, d.getId(), name.get())) {
                    drifts.add(new Drift(file, d.getName(), d.getSource(), d.getDeploymentTime(),
                            version(d.getId(), name.get()), packagedVersion(newestFirst, file)));
                }
                break;
            }
        }
        return drifts;
    }

    private Integer packagedVersion(List<Deployment> newestFirst, String file) {
        for (Deployment d : newestFirst) {
            if (AUTO_DEPLOYMENT.equals(d.getName())) {
                Optional<String> name = repository.getDeploymentResourceNames(d.getId()).stream()
                        .filter(r -> r.endsWith("/" + file) || r.equals(file)).findFirst();
                if (name.isPresent()) {
                    return version(d.getId(), name.get());
                }
            }
        }
        return null;
    }

    /** The version of the diagram's process definition or of the decision table's decision, else null (forms). */
    private Integer version(String deploymentId, String resourceName) {
        Optional<Integer> process = repository.createProcessDefinitionQuery().deploymentId(deploymentId).list()
                .stream().filter(p -> resourceName.equals(p.getResourceName())).map(ProcessDefinition::getVersion)
                .findFirst();
        if (process.isPresent()) {
            return process.get();
        }
        return repository.createDecisionDefinitionQuery().deploymentId(deploymentId).list().stream()
                .filter(d -> resourceName.equals(d.getResourceName())).map(DecisionDefinition::getVersion)
                .findFirst().orElse(null);
    }

    private boolean sameBytes(Resource packaged, String deploymentId, String resourceName) {
        try (InputStream a = packaged.getInputStream();
             InputStream b = repository.getResourceAsStream(deploymentId, resourceName)) {
            return Arrays.equals(a.readAllBytes(), b.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Resource> packagedResources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>();
        try {
            for (String pattern : PATTERNS) {
                resources.addAll(List.of(resolver.getResources(pattern)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resources;
    }
}

package fr.sessiontp.platform;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.engine.AttributeNames;
import org.thymeleaf.engine.ElementNames;

/**
 * Makes the template engine's name repositories use non-fair locks, before the first page is rendered.
 *
 * <p>Thymeleaf 3.1 looks up every attribute it sets at render time whose name is not a standard HTML one
 * ({@code aria-*}, {@code hx-*}, {@code data-*}) in a repository guarded by a <em>fair</em> read-write lock. Under
 * concurrent requests the fair lock makes readers queue behind each other: in the load test with 50 users, 144 of
 * about 160 request threads were found parked on that one lock, and the session page (about 30 such attributes)
 * took 0.8–1.1 s at p50 while the sessions list took 22 ms. A non-fair lock lets readers share it as intended. The
 * repositories' contents and their writes (a new name is stored once) are unchanged. See docs/benchmarks.md (Load).
 *
 * <p>If a future Thymeleaf renames these fields, nothing breaks: a warning is logged and the fair locks stay
 * ({@code TemplateEngineLocksTest} fails so that this class is revisited).
 */
@Component
class TemplateEngineLocks implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(TemplateEngineLocks.class);
    private static final List<String> ENGINE_REPOSITORIES = List.of("htmlAttributeRepository", "xmlAttributeRepository",
            "textAttributeRepository", "javascriptAttributeRepository", "cssAttributeRepository", "htmlElementRepository",
            "xmlElementRepository", "textElementRepository", "javascriptElementRepository", "cssElementRepository");
    private static final List<String> NAME_REPOSITORIES = List.of("htmlAttributeNamesRepository",
            "xmlAttributeNamesRepository", "textAttributeNamesRepository", "htmlElementNamesRepository",
            "xmlElementNamesRepository", "textElementNamesRepository");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof TemplateEngine engine) {
            try {
                int replaced = makeNonFair(repositories(engine));
                log.debug("Template engine: {} name repositories use non-fair locks", replaced);
            } catch (ReflectiveOperationException | RuntimeException e) {
                log.warn("Template engine: its name repositories keep their fair locks ({})", e.toString());
            }
        }
        return bean;
    }

    /** The lock-guarded repositories of this engine's attribute and element definitions, and of the shared names. */
    static List<Object> repositories(ITemplateEngine engine) throws ReflectiveOperationException {
        List<Object> repositories = new ArrayList<>();
        Object attributes = engine.getConfiguration().getAttributeDefinitions();
        Object elements = engine.getConfiguration().getElementDefinitions();
        for (String name : ENGINE_REPOSITORIES) {
            Object holder = name.endsWith("AttributeRepository") ? attributes : elements;
            repositories.add(read(holder.getClass(), holder, name));
        }
        for (String name : NAME_REPOSITORIES) {
            Class<?> holder = name.contains("Attribute") ? AttributeNames.class : ElementNames.class;
            repositories.add(read(holder, null, name));
        }
        return repositories;
    }

    private static int makeNonFair(List<Object> repositories) throws ReflectiveOperationException {
        for (Object repository : repositories) {
            ReentrantReadWriteLock lock = new ReentrantReadWriteLock(false);
            write(repository, "lock", lock);
            write(repository, "readLock", lock.readLock());
            write(repository, "writeLock", lock.writeLock());
        }
        return repositories.size();
    }

    static Object read(Class<?> type, Object target, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    private static void write(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}

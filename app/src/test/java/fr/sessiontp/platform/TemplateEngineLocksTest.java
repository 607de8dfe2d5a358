package fr.sessiontp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The page engine's name repositories no longer make concurrent requests queue on fair locks (docs/benchmarks.md). */
@SpringBootTest
@AutoConfigureMockMvc // the context most test classes share
class TemplateEngineLocksTest {

    @Autowired
    SpringTemplateEngine engine;

    @Test
    void everyNameRepositoryOfThePageEngineHasANonFairLock() throws Exception {
        List<Object> repositories = TemplateEngineLocks.repositories(engine);
        assertThat(repositories).hasSize(16);
        for (Object repository : repositories) {
            Object lock = TemplateEngineLocks.read(repository.getClass(), repository, "lock");
            assertThat(lock).isInstanceOfSatisfying(ReentrantReadWriteLock.class, l -> assertThat(l.isFair()).isFalse());
            // the read and write locks used by the repository are the new lock's
            assertThat(TemplateEngineLocks.read(repository.getClass(), repository, "readLock"))
                    .isSameAs(((ReentrantReadWriteLock) lock).readLock());
        }
    }
}

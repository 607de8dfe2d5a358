package fr.sessiontp.browser;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base class of the browser tests: the whole application on a random port, and a fresh headless Chromium per test
 * method, given as a {@link Browser} parameter. Name the subclasses {@code *BrowserTest}; they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
public abstract class BrowserTestSupport {
}

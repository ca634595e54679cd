package dev.unknot.web.packaged;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test only where Debian's chromium and chromedriver are installed, unless
 * {@code UNKNOT_REQUIRE_BROWSER=true} (as on CI), which makes a missing browser a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserCondition.class)
@interface RequiresBrowser {}

package io.taskguard.webui;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a browser test fails, keeps a screenshot of every browser it had open, taken before the
 * {@code @AfterEach} methods close them.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      Screenshots.ofAllOpen("failure");
    }
  }
}

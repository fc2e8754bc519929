package org.wsis.localstack;

/**
 * Entry point of {@code local-stack-exec.jar}. It chooses the launcher's own logging configuration
 * before the first logger exists: the test kit on the class path ships a {@code logback-test.xml}
 * meant for tests, which Logback would otherwise prefer.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-local-stack.xml");
        }
        LocalStack.main(args);
    }
}

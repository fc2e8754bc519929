package org.wsis.productionguard;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says at the top of the log, without a stack trace, which secrets to set and how. */
class UnsafeSecretsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSecretsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSecretsException cause) {
        return new FailureAnalysis(
                "The application runs in production (" + PlatformEnvironment.VARIABLE
                        + "=production) and refuses to start with these secrets:\n"
                        + cause.problems().stream().map(p -> "    - " + p).collect(Collectors.joining("\n")),
                "Give each variable a random value of its own (for example: openssl rand -base64 48), never one from"
                        + " env.example or the repository. On a development machine, set "
                        + PlatformEnvironment.VARIABLE + "=development instead.",
                cause);
    }
}

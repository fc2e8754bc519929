package org.wsis.productionguard;

import java.util.List;

/** Production was asked for, and some secrets are missing, defaults or placeholders. */
public class UnsafeSecretsException extends IllegalStateException {

    private final List<String> problems;

    UnsafeSecretsException(List<String> problems) {
        super(PlatformEnvironment.VARIABLE + " is production, and these secrets may not be used there: "
                + String.join("; ", problems) + ".");
        this.problems = List.copyOf(problems);
    }

    /** One line per secret, each starting with its environment variable. */
    public List<String> problems() {
        return problems;
    }
}

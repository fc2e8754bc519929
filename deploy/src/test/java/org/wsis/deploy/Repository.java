package org.wsis.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's deployment files are, whichever directory Maven runs the tests from. */
final class Repository {

    private Repository() {}

    static Path deploy() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/helm/wsis-platform"))) {
                return dir.resolve("deploy");
            }
            if (Files.isDirectory(dir.resolve("helm/wsis-platform"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No deploy/ folder above " + here);
    }
}

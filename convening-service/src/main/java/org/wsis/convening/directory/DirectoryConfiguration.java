package org.wsis.convening.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DirectoryConfiguration {

    @Bean(destroyMethod = "close")
    DirectoryIndex directoryIndex() {
        return new DirectoryIndex();
    }
}

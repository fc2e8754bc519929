package org.wsis.submission.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex() {
        return new SearchIndex();
    }
}

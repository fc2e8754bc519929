package org.wsis.submission;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The stocktaking database: stakeholders' entries from draft to published. */
@SpringBootApplication
public class SubmissionApplication {

    public static void main(String[] args) {
        SpringApplication.run(SubmissionApplication.class, args);
    }
}

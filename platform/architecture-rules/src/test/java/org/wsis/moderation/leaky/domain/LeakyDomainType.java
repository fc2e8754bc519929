package org.wsis.moderation.leaky.domain;

import org.springframework.util.Assert;
import org.wsis.submission.leaky.SubmissionThing;

/** Fixture: a domain type breaking both rules, using Spring and another service's class. */
public class LeakyDomainType {

    public SubmissionThing borrow(String name) {
        Assert.hasText(name, "name");
        return new SubmissionThing();
    }
}

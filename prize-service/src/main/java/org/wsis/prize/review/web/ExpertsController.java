package org.wsis.prize.review.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.prize.review.ExpertDirectory;
import org.wsis.prize.review.domain.KnownExpert;
import org.wsis.servicekit.security.Caller;

/** The experts the prize service knows: an expert makes themselves known; admins list them to assign them. */
@RestController
@RequestMapping("/api/prizes/experts")
public class ExpertsController {

    private final ExpertDirectory directory;

    public ExpertsController(ExpertDirectory directory) {
        this.directory = directory;
    }

    /** The calling expert, recorded as known: their review page calls this, whatever the edition's phase. */
    @GetMapping("/me")
    @PreAuthorize("hasRole('expert')")
    public KnownExpert me(Caller caller) {
        return directory.seen(ReviewController.expert(caller));
    }

    @GetMapping
    @PreAuthorize("hasRole('admin')")
    public List<KnownExpert> experts() {
        return directory.all();
    }
}

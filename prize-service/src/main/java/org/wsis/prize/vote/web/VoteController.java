package org.wsis.prize.vote.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.contracts.Recipient;
import org.wsis.prize.vote.VoteRateLimits;
import org.wsis.prize.vote.Votes;
import org.wsis.prize.vote.domain.Voter;
import org.wsis.servicekit.problem.ApiException;
import org.wsis.servicekit.security.Caller;

/** The public vote over HTTP: one vote per category, final; the voter's own progress. */
@RestController
@RequestMapping("/api/prizes/editions/{year}/votes")
@Validated
public class VoteController {

    private final Votes votes;
    private final VoteRateLimits limits;

    public VoteController(Votes votes, VoteRateLimits limits) {
        this.votes = votes;
        this.limits = limits;
    }

    public record VoteRequest(
            @NotNull @Min(1) @Max(18) Integer category,
            @NotBlank String nominationId) {}

    public record VoteAccepted(String ballotId, int voted, int of) {}

    /**
     * One vote, final. Answers 202 at once: the ballot is saved with the voter's other votes and handed
     * to the ballot stream; counting happens downstream.
     */
    @PostMapping
    public ResponseEntity<VoteAccepted> vote(
            @PathVariable int year, Caller caller, HttpServletRequest http, @Valid @RequestBody VoteRequest request) {
        if (!caller.emailVerified()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "email-not-verified", "Verify your e-mail address to vote.");
        }
        votes.refuseErased(caller.userId());
        String network = network(http.getRemoteAddr());
        limits.attempt(caller.userId(), network);
        Voter.Signals signals = new Voter.Signals(
                network,
                domainOf(caller.email()),
                caller.accountCreatedAt(),
                new Recipient(caller.userId(), caller.email(), caller.displayName(), caller.locale()));
        Votes.Accepted accepted =
                votes.vote(year, caller.userId(), request.category(), request.nominationId(), signals);
        return ResponseEntity.accepted()
                .body(new VoteAccepted(
                        accepted.ballotId(),
                        accepted.progress().voted(),
                        accepted.progress().of()));
    }

    @GetMapping("/mine")
    public Votes.Progress myVotes(@PathVariable int year, Caller caller) {
        return votes.progress(year, caller.userId());
    }

    /** The voter's network, as the rate limits and the suspicion rules group addresses: /24, or /48. */
    private static String network(String address) {
        if (address.contains(":")) {
            String[] groups = address.split(":");
            return String.join(":", Arrays.copyOf(groups, Math.min(3, groups.length))) + "::/48";
        }
        int lastDot = address.lastIndexOf('.');
        return (lastDot < 0 ? address : address.substring(0, lastDot)) + ".0/24";
    }

    private static String domainOf(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}

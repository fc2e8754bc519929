package org.wsis.convening.contact.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.convening.contact.ContactService;
import org.wsis.convening.contact.domain.Contact;
import org.wsis.servicekit.security.Caller;

/** Convenors asking each other to connect, and the answers, over HTTP. */
@RestController
@RequestMapping("/api/convening/contacts")
@Validated
public class ContactController {

    private final ContactService contacts;

    public ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    /** A manager's convenor asks the convenor of a public issue to connect about it. */
    public record ContactRequest(
            @NotBlank @Size(max = 100) String fromConvenorId,
            @NotBlank @Size(max = 100) String issueId,
            @NotBlank @Size(max = 2000) String message) {}

    @PostMapping
    @PreAuthorize("hasRole('stakeholder')")
    public ResponseEntity<ContactView> request(Caller caller, @Valid @RequestBody ContactRequest request) {
        Contact contact = contacts.request(
                caller,
                request.fromConvenorId(),
                request.issueId(),
                request.message().strip());
        return ResponseEntity.created(URI.create("/api/convening/contacts/" + contact.id()))
                .body(view(contact, request.fromConvenorId()));
    }

    /** Every request a convenor made or received, as it may know them, newest first. */
    @GetMapping
    public List<ContactView> of(@RequestParam @NotBlank @Size(max = 100) String convenorId, Caller caller) {
        Instant now = contacts.now();
        return contacts.of(convenorId, caller).stream()
                .flatMap(c -> c.shownTo(convenorId, contacts.expiry(), now).stream()
                        .map(status -> view(c, convenorId, status)))
                .toList();
    }

    @PostMapping("/{id}/accept")
    public ContactView accept(@PathVariable String id, Caller caller) {
        Contact contact = contacts.accept(id, caller);
        return view(contact, contact.state().toConvenorId());
    }

    @PostMapping("/{id}/decline")
    public ContactView decline(@PathVariable String id, Caller caller) {
        Contact contact = contacts.decline(id, caller);
        return view(contact, contact.state().toConvenorId());
    }

    /** Declines, and the asking convenor's next requests are declined without its being told. */
    @PostMapping("/{id}/block")
    public ContactView block(@PathVariable String id, Caller caller) {
        Contact contact = contacts.block(id, caller);
        return view(contact, contact.state().toConvenorId());
    }

    private ContactView view(Contact contact, String viewer) {
        String status =
                contact.shownTo(viewer, contacts.expiry(), contacts.now()).orElseThrow();
        return view(contact, viewer, status);
    }

    private ContactView view(Contact contact, String viewer, String status) {
        String other = contact.state().fromConvenorId().equals(viewer)
                ? contact.state().toConvenorId()
                : contact.state().fromConvenorId();
        return ContactView.of(
                contact,
                viewer,
                status,
                contact.status() == Contact.Status.ACCEPTED ? contacts.contactOf(other) : null);
    }
}

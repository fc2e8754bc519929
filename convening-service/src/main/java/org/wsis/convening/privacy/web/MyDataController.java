package org.wsis.convening.privacy.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wsis.convening.convenor.web.ConvenorView;
import org.wsis.convening.issue.web.IssueView;
import org.wsis.convening.privacy.PersonalData;
import org.wsis.servicekit.security.Caller;

/** A person's own data in the convening: the convenors they manage and their issues, as their managers see them. */
@RestController
public class MyDataController {

    private final PersonalData personalData;

    public MyDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Every convenor the caller manages (with its contact details) and each one's issues, in every status. */
    public record MyData(List<ConvenorView> convenors, List<IssueView> issues) {}

    @GetMapping("/api/convening/mine/export")
    public MyData export(Caller caller) {
        PersonalData.Held held = personalData.of(caller.userId());
        return new MyData(
                held.convenors().stream().map(ConvenorView::forManager).toList(),
                held.issues().stream().map(IssueView::forManager).toList());
    }
}

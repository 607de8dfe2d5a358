package fr.sessiontp.audit.web;

import fr.sessiontp.audit.AuditLog;
import fr.sessiontp.audit.TamperEvidence;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The centre staff's view of the audit trail and its verification: an ADMIN reads the entries of their own centre only,
 * and never the jury's deliberation content (D1, {@link StaffDetails}).
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;
    private final TamperEvidence tamperEvidence;

    AuditController(AuditLog auditLog, TamperEvidence tamperEvidence) {
        this.auditLog = auditLog;
        this.tamperEvidence = tamperEvidence;
    }

    @GetMapping("/admin/audit")
    String trail(@RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = UserAccounts.required();
        // A centre's ADMIN without a centre (a misconfigured account) reads nothing rather than every centre's trail.
        long centre = user.centre().orElse(-1L);
        long total = auditLog.countOf(centre);
        // a page past the last one (or a huge number, whose offset would overflow) shows the last page
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int safePage = Math.min(Math.max(0, page), lastPage);
        model.addAttribute("entries", auditLog.latestOf(centre, safePage * PAGE_SIZE, PAGE_SIZE).stream()
                .map(StaffDetails::shown).toList());
        model.addAttribute("page", safePage);
        model.addAttribute("hasNext", (long) (safePage + 1) * PAGE_SIZE < total);
        model.addAttribute("total", total);
        return "audit/trail";
    }

    @GetMapping("/admin/audit/verification")
    String verification(Model model) {
        var all = tamperEvidence.verify();
        model.addAttribute("verification", all.audit());
        model.addAttribute("records", all.records());
        return "audit/verification :: result";
    }

    @Bean
    static RouteRules auditRoutes() {
        return routes -> routes
                .get("/admin/audit", Role.ADMIN)
                .get("/admin/audit/verification", Role.ADMIN);
    }
}

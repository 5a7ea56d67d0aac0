package app.lantern.partnership;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import app.lantern.shared.Rule;

/** Importing organisations from a CSV file: all rows or none. */
@Controller
class OrganisationImportController {

    private final OrganisationService service;

    OrganisationImportController(OrganisationService service) {
        this.service = service;
    }

    @GetMapping("/organisations/import")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String form(Model model) {
        model.addAttribute("columns", String.join(",", OrganisationCsvImport.COLUMNS.keySet()));
        return "partnership/organisation-import";
    }

    @PostMapping("/organisations/import")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return problem(model, "Select a CSV file to import");
        }
        if (file.getSize() > OrganisationCsvImport.MAX_BYTES) {
            return problem(model, "The selected file must be smaller than 5 MB");
        }
        ImportOutcomeView view;
        try {
            var result = service.importFile(file.getBytes(), file.getOriginalFilename());
            if (result.outcome().fileProblem() != null) return problem(model, result.outcome().fileProblem());
            if (!result.outcome().problems().isEmpty()) {
                model.addAttribute("rowProblems", result.outcome().problems());
                model.addAttribute("pageHasErrors", true);
                return form(model);
            }
            view = new ImportOutcomeView(file.getOriginalFilename(), result.added(), result.changed(), result.unchanged());
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            return problem(model, "Someone changed the register while the file was importing, so nothing was imported. Try again.");
        }
        model.addAttribute("result", view);
        return "partnership/organisation-import-result";
    }

    private String problem(Model model, String message) {
        model.addAttribute("fileProblem", message);
        model.addAttribute("pageHasErrors", true);
        return form(model);
    }

    record ImportOutcomeView(String fileName, int added, int changed, int unchanged) {
        int total() {
            return added + changed + unchanged;
        }
    }
}

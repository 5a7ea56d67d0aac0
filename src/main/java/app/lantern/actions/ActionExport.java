package app.lantern.actions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.identity.PersonSummary;
import app.lantern.shared.SpreadsheetCells;

/**
 * Writes the actions a filter selects as CSV or XLSX while reading them: rows come from the
 * database through a cursor in batches of {@value #BATCH}, names are looked up per batch, and
 * each batch is written and flushed before the next is read, so memory stays flat however many
 * actions there are.
 */
@Component
class ActionExport {

    static final int BATCH = 1000;

    static final List<String> HEADER = List.of("Reference", "Action", "Description", "Source", "Source detail",
            "Owner organisation", "Owner", "Due date", "Status", "Overdue", "RAG", "RAG override reason", "Finished on",
            "Closed reason", "Signed off on", "Evidence of impact");

    private final ActionStore store;
    private final OrganisationDirectory organisations;
    private final People people;

    ActionExport(ActionStore store, OrganisationDirectory organisations, People people) {
        this.store = store;
        this.organisations = organisations;
        this.people = people;
    }

    /** Something that takes rows of cells, already neutralised against formulas. */
    interface RowSink {
        void row(List<String> cells) throws IOException;

        /** The end of a batch: a chance to push what was written to the client. */
        void flush() throws IOException;
    }

    @Transactional(readOnly = true)
    public void export(ActionFilter filter, LocalDate today, RowSink sink) throws IOException {
        var batch = new ArrayList<ActionRecord>(BATCH);
        try {
            store.each(filter, today, a -> {
                batch.add(a);
                if (batch.size() == BATCH) writeBatch(batch, today, sink);
            });
            writeBatch(batch, today, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeBatch(List<ActionRecord> batch, LocalDate today, RowSink sink) {
        if (batch.isEmpty()) return;
        var orgIds = new HashSet<Long>();
        var personIds = new HashSet<Long>();
        for (var a : batch) {
            orgIds.add(a.ownerOrganisationId());
            if (a.ownerPersonId() != null) personIds.add(a.ownerPersonId());
        }
        Map<Long, String> orgNames = organisations.namesOf(orgIds);
        Map<Long, PersonSummary> named = personIds.isEmpty() ? Map.of() : people.byIds(personIds);
        try {
            for (var a : batch) sink.row(cells(a, today, orgNames, named));
            sink.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.clear();
    }

    static List<String> cells(ActionRecord a, LocalDate today, Map<Long, String> orgNames, Map<Long, PersonSummary> people) {
        var owner = a.ownerPersonId() == null ? null : people.get(a.ownerPersonId());
        var cells = new ArrayList<String>(HEADER.size());
        cells.add(a.reference());
        cells.add(a.title());
        cells.add(a.description());
        cells.add(a.sourceKind().label());
        cells.add(a.sourceTitle());
        cells.add(orgNames.getOrDefault(a.ownerOrganisationId(), ""));
        cells.add(owner == null ? "" : owner.fullName());
        cells.add(a.due().toString());
        cells.add(a.status().label());
        cells.add(a.overdue(today) ? "Yes" : "No");
        cells.add(a.rag(today).label());
        cells.add(a.ragOverride() != null && a.status().open() ? a.ragOverrideReason() : "");
        cells.add(a.finishedOn() == null ? "" : a.finishedOn().toString());
        cells.add(a.closedReason());
        cells.add(a.signedOffAt() == null ? "" : a.signedOffAt().toLocalDate().toString());
        cells.add(a.impact());
        return cells.stream().map(SpreadsheetCells::neutralise).toList(); // also turns empty fields (null) into ""
    }

    static RowSink csv(Writer out) throws IOException {
        var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        return new RowSink() {
            @Override
            public void row(List<String> cells) throws IOException {
                printer.printRecord(cells);
            }

            @Override
            public void flush() throws IOException {
                printer.flush();
            }
        };
    }

    /** An XLSX sheet written as it goes: fastexcel flushes finished rows to the stream on {@link Worksheet#flush()}. */
    static final class XlsxSink implements RowSink {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int row = 1;

        XlsxSink(OutputStream out) {
            workbook = new Workbook(out, "Lantern", "1.0");
            sheet = workbook.newWorksheet("Actions");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
        }

        @Override
        public void row(List<String> cells) {
            for (int c = 0; c < cells.size(); c++) if (!cells.get(c).isEmpty()) sheet.value(row, c, cells.get(c));
            row++;
        }

        @Override
        public void flush() throws IOException {
            sheet.flush();
        }

        void finish() throws IOException {
            workbook.finish();
        }
    }
}

package org.ruralwater.cliapp.billing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.billing.reading.AnomalyCode;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;

/**
 * The ledger of issued documents as a JSON file: read back with core's strict reader (every problem with its
 * line and column) and checked for everything a bill run guarantees of its ledger, each broken guarantee at
 * the line of its document; written whole to a temporary file and moved into place, so a crash never leaves
 * half a ledger.
 */
final class LedgerFile {

    private static final JsonReader<Bill> READER = JsonReader.forRecord(Bill.class);

    private LedgerFile() {}

    /**
     * The ledger the file holds, or an empty one when there is no file yet.
     *
     * @throws InvalidInputException listing every problem of the file, each at the start of its document
     */
    static Ledger read(Path file) {
        if (!Files.exists(file)) {
            return Ledger.empty();
        }
        List<Bill> documents = READER.readList(file);
        JsonLocation[] starts = documentStarts(file, documents.size());
        String source = file.getFileName().toString();
        List<Located<Bill>> located = new ArrayList<>(documents.size());
        Map<Integer, Integer> columns = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            int line = starts[i] == null ? 0 : starts[i].getLineNr();
            located.add(new Located<>(source, line, documents.get(i)));
            columns.putIfAbsent(line, starts[i] == null ? 1 : starts[i].getColumnNr());
        }
        try {
            return Ledger.read(located);
        } catch (InvalidInputException e) {
            // A located value has a line only: each problem gets the column its document starts at, as the
            // reader's own problems with a document have.
            List<Problem> problems = new ArrayList<>();
            for (Problem p : e.problems()) {
                problems.add(new Problem(
                        p.source(),
                        p.line(),
                        columns.getOrDefault(p.line(), p.column()),
                        p.field(),
                        p.expected(),
                        p.found(),
                        p.suggestions()));
            }
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Where each document of the file starts, for the problems found across documents; core's JSON reader keeps
     * no places once it has read a list. Only the structure is scanned: the reader has already refused any file
     * that is not an array of documents.
     */
    private static JsonLocation[] documentStarts(Path file, int count) {
        JsonLocation[] starts = new JsonLocation[count];
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() == JsonToken.START_ARRAY) {
                for (int i = 0; i < count && p.nextToken() == JsonToken.START_OBJECT; i++) {
                    starts[i] = p.currentTokenLocation();
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return starts;
    }

    static void write(Path file, List<Bill> documents) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Bill b : documents) {
                g.writeStartObject();
                g.writeStringField("id", b.id());
                g.writeStringField("kind", b.kind().code());
                g.writeStringField("household", b.household().value());
                g.writeStringField("period", b.period().toString());
                g.writeStringField("tariff", b.tariff());
                g.writeFieldName("m3");
                g.writeNumber(b.m3());
                g.writeArrayFieldStart("lines");
                for (BillLine l : b.lines()) {
                    g.writeStartObject();
                    g.writeStringField("component", l.component());
                    g.writeStringField("description", l.description());
                    if (l.quantity().isPresent()) {
                        g.writeFieldName("quantity");
                        g.writeNumber(l.quantity().get());
                    }
                    if (l.unitPrice().isPresent()) {
                        g.writeFieldName("unit_price");
                        g.writeNumber(l.unitPrice().get());
                    }
                    g.writeStringField("amount", l.amount().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("total", b.total().toString());
                g.writeBooleanField("estimated", b.estimated());
                g.writeArrayFieldStart("flags");
                for (AnomalyCode f : b.flags()) {
                    g.writeString(f.code());
                }
                g.writeEndArray();
                if (b.cancels().isPresent()) {
                    g.writeStringField("cancels", b.cancels().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

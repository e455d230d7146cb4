package org.ruralwater.store.billing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ruralwater.billing.reading.AnomalyCode;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.core.datafile.JsonReader;

/**
 * A ledger document as the JSON object the CLI's {@code ledger.json} holds for it, which core's strict JSON
 * reader reads back to an equal document (volumes and prices keep their scale).
 */
final class DocumentJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonReader<Bill> READER = JsonReader.forRecord(Bill.class);

    private DocumentJson() {}

    static String write(Bill b) {
        return new String(utf8(b), StandardCharsets.UTF_8);
    }

    /** The document's JSON as UTF-8 bytes: what a run sends to the database, without a string on the way. */
    static byte[] utf8(Bill b) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The documents of the bodies, read in one pass as one JSON array. */
    static List<Bill> read(List<String> bodies) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        StringBuilder all = new StringBuilder(bodies.size() * 600);
        all.append('[');
        for (int i = 0; i < bodies.size(); i++) {
            if (i > 0) {
                all.append(",\n");
            }
            all.append(bodies.get(i));
        }
        all.append(']');
        return READER.readList("ledger", new ByteArrayInputStream(all.toString().getBytes(StandardCharsets.UTF_8)));
    }
}

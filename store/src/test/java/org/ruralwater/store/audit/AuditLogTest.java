package org.ruralwater.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditLogTest {

    @Test
    void aRecordsLineAmongOthersIsTheOneWhoseFirstValueIsItsKey() {
        String lines = "H10,3210,W1,4\nH1,3210,W1,2\n\"H,2\",3210,W1,3\n\"H\"\"3\",3210,W1,1";
        assertThat(AuditLog.lineOf(lines, "H1")).hasValue("H1,3210,W1,2");
        assertThat(AuditLog.lineOf(lines, "H,2")).hasValue("\"H,2\",3210,W1,3");
        assertThat(AuditLog.lineOf(lines, "H\"3")).hasValue("\"H\"\"3\",3210,W1,1");
        assertThat(AuditLog.lineOf(lines, "3210")).isEmpty();
        assertThat(AuditLog.lineOf("", "H1")).isEmpty();
    }
}

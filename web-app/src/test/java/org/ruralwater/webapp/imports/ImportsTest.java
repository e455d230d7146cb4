package org.ruralwater.webapp.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Household;
import org.ruralwater.store.access.Scope;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.record.RecordText;
import org.ruralwater.webapp.signin.SignInTest.Session;

/** Uploads over HTTP: all or nothing, every problem located, hostile archives refused, the history kept. */
class ImportsTest {

    private static TestPlatform p;
    private static Map<String, byte[]> folder;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        p = TestPlatform.start(dir);
        Path exported = dir.resolve("exported");
        p.store.county().export(Scope.everything(), exported);
        folder = new LinkedHashMap<>();
        for (County.DataFile f : County.DataFile.values()) {
            folder.put(f.fileName(), Files.readAllBytes(exported.resolve(f.fileName())));
        }
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The households file with one household's members changed on its line (the line's number, from 2). */
    private static String households(int line, String members) {
        String text = new String(folder.get("households.csv"), StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\n", -1));
        List<String> values = new java.util.ArrayList<>(RecordText.split(lines.get(line - 1)));
        values.set(3, members);
        List<String> out = new java.util.ArrayList<>(lines);
        out.set(line - 1, String.join(",", values));
        return String.join("\n", out);
    }

    private static HttpResponse<String> upload(Session s, String name, byte[] content) throws Exception {
        String token = TestPlatform.token(s.get("/imports").body());
        return s.upload("/imports?lang=zh-CN", Map.of("csrf", token), name, content);
    }

    @Test
    void aCorrectedCountyFolderIsImportedAndTheHistorySaysWhoChangedWhat() throws Exception {
        Session officer = p.as("officer");
        Household h = p.county.households().get(4);
        String members = String.valueOf(h.members() == 9 ? 10 : 9);
        Map<String, byte[]> files = new LinkedHashMap<>();
        folder.forEach((name, bytes) -> files.put("county/" + name, bytes));
        files.put("county/households.csv", households(6, members).getBytes(StandardCharsets.UTF_8));
        files.put("__MACOSX/county/._households.csv", new byte[] {0, 1, 2});
        HttpResponse<String> r = upload(officer, "凤庆县.zip", zip(files));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("导入完成：新增 0 条，修改 1 条");
        assertThat(r.body()).contains("officer").contains("住户 修改 1");
        assertThat(p.store.county().households(Scope.of(h.village())).stream()
                        .filter(x -> x.id().equals(h.id()))
                        .findFirst()
                        .orElseThrow()
                        .members())
                .isEqualTo(Integer.parseInt(members));
    }

    @Test
    void everyProblemOfAFolderIsShownWithItsFileLineFieldAndWhatWasExpectedAndNothingIsWritten() throws Exception {
        Session officer = p.as("officer");
        long before = p.store.audit().count(Scope.everything());
        Map<String, byte[]> files = new LinkedHashMap<>(folder);
        files.put("households.csv", households(3, "80").getBytes(StandardCharsets.UTF_8));
        files.remove("crews.csv");
        HttpResponse<String> r = upload(officer, "county.zip", zip(files));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body())
                .contains("未导入任何数据")
                .containsPattern(
                        "<td>households.csv</td><td>3:\\d+</td><td><code>members</code></td><td>整数，范围 1 至 50</td>")
                .contains("80")
                .contains("crews.csv");
        assertThat(p.store.audit().count(Scope.everything())).isEqualTo(before);

        HttpResponse<String> en = officer.upload(
                "/imports?lang=en",
                Map.of("csrf", TestPlatform.token(officer.get("/imports").body())),
                "households.csv",
                households(3, "eighty").getBytes(StandardCharsets.UTF_8));
        assertThat(en.statusCode()).isEqualTo(422);
        assertThat(en.body()).contains("Nothing was imported").contains("\"eighty\"");
    }

    @Test
    void oneRegisterFileIsImportedAsTheFolderItBelongsToAndItsProblemsNameIt() throws Exception {
        Session officer = p.as("officer");
        HttpResponse<String> bad =
                upload(officer, "households.csv", households(2, "0").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).containsPattern("<td>households.csv</td><td>2:\\d+</td><td><code>members</code></td>");
        HttpResponse<String> same = upload(officer, "households.csv", folder.get("households.csv"));
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).contains("新增 0 条");
    }

    @Test
    void aWorkbooksProblemIsShownAtItsCell() throws Exception {
        Session officer = p.as("officer");
        List<List<String>> rows = RecordText.rows(new String(folder.get("households.csv"), StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("households");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    row.createCell(j)
                            .setCellValue(i == 2 && j == 3 ? "很多" : rows.get(i).get(j));
                }
            }
            book.write(out);
        }
        HttpResponse<String> r = upload(officer, "households.xlsx", out.toByteArray());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body())
                .contains("households.xlsx · households")
                .contains("<td>D3</td>")
                .contains("很多");
    }

    @Test
    void anArchiveWhoseEntryLeavesTheFolderIsRefusedWhole(@TempDir Path elsewhere) throws Exception {
        Session officer = p.as("officer");
        Map<String, byte[]> files = new LinkedHashMap<>(folder);
        files.put("../../evil.csv", "x".getBytes(StandardCharsets.UTF_8));
        files.put("/etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8));
        long before = p.store.audit().count(Scope.everything());
        HttpResponse<String> r = upload(officer, "county.zip", zip(files));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("指向文件夹之外的条目 \"../../evil.csv\"").contains("/etc/cron.d/evil");
        assertThat(p.store.audit().count(Scope.everything())).isEqualTo(before);
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), "evil.csv")).doesNotExist();
    }

    @Test
    void anArchiveThatUnpacksPastTheLimitIsRefusedAsItUnpacks() throws Exception {
        Session officer = p.as("officer");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("households.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= Upload.MAX_UNPACKED; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan((int) Upload.MAX_BYTES);
        HttpResponse<String> r = upload(officer, "bomb.zip", out.toByteArray());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("解压后不超过 256 MB");
    }

    @Test
    void aFileThatIsNoCountyFileOrNoArchiveIsToldWhatWouldDo() throws Exception {
        Session officer = p.as("officer");
        HttpResponse<String> txt = upload(officer, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(txt.statusCode()).isEqualTo(422);
        assertThat(txt.body()).contains("regions.csv").contains("\"notes.txt\"");
        HttpResponse<String> fake = upload(officer, "county.zip", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(fake.body()).contains("可读取的 .zip 压缩包");
        HttpResponse<String> script =
                upload(officer, "<img src=x onerror=alert(1)>.csv", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(script.body()).doesNotContain("<img src=x").contains("&lt;img src=x");
    }

    @Test
    void anUploadThatSaysItIsLargerThanTheLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", p.platform.port())) {
            socket.setSoTimeout(10_000);
            String request = "POST /imports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data;"
                    + " boundary=x\r\nContent-Length: " + (Upload.MAX_BYTES * 4) + "\r\n\r\n--x\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void anUploadWithoutTheSessionsTokenOrWithAForgedOneIsRefusedBeforeItIsRead() throws Exception {
        Session officer = p.as("officer");
        byte[] file = folder.get("households.csv");
        assertThat(officer.upload("/imports", Map.of(), "households.csv", file).statusCode())
                .isEqualTo(403);
        assertThat(officer.upload("/imports", Map.of("csrf", "forged"), "households.csv", file)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void onlyTheOfficerAndTheAdministratorImportTheAuditorSeesTheHistory() throws Exception {
        byte[] file = folder.get("households.csv");
        for (String name : List.of("staff1", "manager", "auditor")) {
            Session s = p.as(name);
            String token = TestPlatform.token(s.get("/").body());
            assertThat(s.upload("/imports", Map.of("csrf", token), "households.csv", file)
                            .statusCode())
                    .as(name)
                    .isEqualTo(403);
        }
        assertThat(p.as("staff1").get("/imports").statusCode()).isEqualTo(403);
        HttpResponse<String> auditor = p.as("auditor").get("/imports?lang=zh-CN");
        assertThat(auditor.statusCode()).isEqualTo(200);
        assertThat(auditor.body()).contains("导入与修改记录").doesNotContain("type=\"file\"");
        assertThat(upload(p.as("admin"), "households.csv", file).statusCode()).isEqualTo(200);
    }
}

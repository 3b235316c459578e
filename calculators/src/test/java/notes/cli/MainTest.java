package notes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void bondPrintsTheDocumentedColumnsWithReasonsForErr() throws IOException {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "id,settlement,maturity,rate,pr,yld,redemption,frequency,basis,extra\n"
                + "ms,2008-02-15,2016-11-15,0.0575,95.04287,0.065,100,2,0,ignored\n"
                + "bad,2025-07-15,2030-07-15,0.05,100,0.05,100,3,0,\n"
                + "letters,2025-07-15,soon,0.05,100,0.05,100,2,0,\n");
        assertEquals(0, run("bond", csv.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(String.join(",", BondBatch.OUTPUT), lines[0]);
        assertTrue(lines[1].startsWith("ms,0.0650000068807"), lines[1]);
        assertTrue(lines[1].endsWith(","), "no error on a good row: " + lines[1]);
        assertTrue(lines[2].startsWith("bad,ERR,ERR,ERR"), lines[2]);
        assertTrue(lines[2].contains("frequency must be 1 (annual), 2 (semiannual) or 4 (quarterly)"), lines[2]);
        assertTrue(lines[3].contains("maturity 'soon' is not a YYYY-MM-DD date"), lines[3]);
    }

    @Test
    void bondYearsPrintsMaturityAndBothYields() throws IOException {
        Path csv = dir.resolve("years.csv");
        Files.writeString(csv, "id,years,coupon_rate,frequency,clean_price,face_value,settlement,basis\n"
                + "S001,7.3,0.05,2,95,100,2025-01-01,0\n");
        assertEquals(0, run("bond-years", csv.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("id,maturity,coupons,accrued,ytm_with_accrued,ytm_without_accrued,error", lines[0]);
        assertTrue(lines[1].startsWith("S001,2032-05-01,15,0.8333333333333"), lines[1]);
    }

    private int runWithStdin(String json, String name) {
        return Main.run(new String[] {name}, new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void pageCalculatorsReadJsonAndWriteJson() {
        assertEquals(0, runWithStdin("{\"size.model\": \"DeepSeek-V3\"}", "moe-sizing"));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"size.total\": 671026404352,"), json);
        out.reset();
        assertEquals(0, runWithStdin("{\"ppo.epsilon\": 0.2, \"ppo.beta\": 0.1, \"sample\": [{\"ratio\": 1.5,"
                + " \"advantage\": 1, \"reward\": 1, \"kl\": 2}, {\"ratio\": 0.5, \"advantage\": -1, \"reward\": 0,"
                + " \"kl\": 0}]}", "ppo"));
        java.util.regex.Matcher mean = java.util.regex.Pattern.compile("\"ppo.mean\": ([-0-9.E]+)")
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(mean.find(), out.toString());
        assertEquals(0.2, Double.parseDouble(mean.group(1)), 1e-12); // (1.2 + -0.8) / 2
        out.reset();
        assertEquals(0, runWithStdin("{\"lora.d\": 128, \"lora.k\": 128, \"lora.rank\": 8, \"lora.model\": "
                + "\"LLaMA-7B\", \"lora.q\": true, \"lora.v\": true}", "lora"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"lora.modelLora\": 4194304"), out.toString());
    }

    /** The finance calculators go by their declared names; the old names (bond-yield, waterfall, refinancing) are gone. */
    @Test
    void financeCalculatorsAnswerToTheirDeclaredNames() {
        // Microsoft's YIELD example (the defaults spelled out): 6.5 % at a clean price of 95.04287.
        assertEquals(0, runWithStdin("{\"settlement\": \"2008-02-15\", \"maturity\": \"2016-11-15\", \"rate\": 5.75,"
                + " \"price\": 95.04287, \"redemption\": 100, \"frequency\": \"2\", \"basis\": \"0\"}", "bond"));
        java.util.regex.Matcher yield = java.util.regex.Pattern.compile("\"yieldWithAccrued\": ([-0-9.E]+)")
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(yield.find(), out.toString());
        assertEquals(0.065, Double.parseDouble(yield.group(1)), 1e-8);
        out.reset();
        // 10,000,000 x (8 % - 5 %) = 300,000 saved a year against 10,000,000 x 2 % + 300,000 = 500,000 once.
        assertEquals(0, runWithStdin("{\"refi.oldSize\": 10000000, \"refi.oldRate\": 8, \"refi.newSize\": 10000000,"
                + " \"refi.newRate\": 5, \"refi.premium\": 2, \"refi.costs\": 300000}", "preferred-refinancing"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"refi.saving\": 300000,"), out.toString());
        out.reset();
        assertEquals(0, runWithStdin("{}", "preferred-waterfall"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"check\": 3000000"), out.toString());
        for (String old : new String[] {"bond-yield", "waterfall", "refinancing"}) {
            assertEquals(2, runWithStdin("{}", old), old);
        }
    }

    @Test
    void badJsonOrBadInputsExitNonZero() {
        assertEquals(1, runWithStdin("{\"ppo.epsilon\": 0, \"sample\": [{\"ratio\": 1, \"advantage\": 1,"
                + " \"reward\": 0, \"kl\": 0}], \"ppo.beta\": 0}", "ppo"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"errors\""), out.toString());
        assertEquals(1, runWithStdin("{\"size.model\": ", "moe-sizing"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("JSON at offset 15"), err.toString());
        err.reset();
        assertEquals(1, runWithStdin("[1, 2]", "moe-sizing"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("expected a JSON object"), err.toString());
    }

    @Test
    void unreadableInputExitsNonZeroWithOneLine() throws IOException {
        assertEquals(1, run("bond", dir.resolve("missing.csv").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("no such file: "));
        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "id,when\n1,2020-01-01\n");
        err.reset();
        assertEquals(1, run("bond", wrong.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("CSV header lacks column 'settlement'"), err.toString());
        assertEquals(2, run("nosuch", wrong.toString()));
        assertEquals(2, run());
    }
}

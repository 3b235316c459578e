package notes.bond;

import notes.base.IsoDate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import notes.Oracles;

/**
 * Microsoft's documented examples ({@code oracles/bonds/bonds_ms_examples.csv}): each formula is parsed from the file
 * and evaluated with {@link BondFunctions}; the result must equal the documented value to the digits Microsoft
 * prints (half a unit in the last printed place).
 */
class MicrosoftExamplesTest {
    private static final Pattern CALL = Pattern.compile("^(?:TEXT\\()?([A-Z]+)\\((.*)\\)(?:,\"\"?YYYY-MM-DD\"\"?\\))?$");
    private static final Pattern DATE = Pattern.compile("DATE\\((\\d+),(\\d+),(\\d+)\\)");

    static Stream<Map<String, String>> examples() {
        return Oracles.csv("bonds/bonds_ms_examples.csv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reproducesTheDocumentedValue(Map<String, String> example) {
        Matcher call = CALL.matcher(example.get("formula").replace(",\"YYYY-MM-DD\")", ""));
        if (!call.matches()) {
            throw new AssertionError("cannot parse " + example.get("formula"));
        }
        List<Object> args = arguments(call.group(2));
        String documented = example.get("ms_documented").replaceAll(" .*", "");
        Object actual = evaluate(call.group(1), args);
        if (actual instanceof LocalDate) {
            assertEquals(documented, IsoDate.format((LocalDate) actual), example.get("formula"));
        } else {
            int decimals = documented.contains(".") ? documented.length() - documented.indexOf('.') - 1 : 0;
            assertEquals(Double.parseDouble(documented), (Double) actual, 0.5 * Math.pow(10, -decimals),
                    example.get("formula"));
        }
    }

    private static Object evaluate(String function, List<Object> a) {
        LocalDate s = (LocalDate) a.get(0);
        LocalDate m = (LocalDate) a.get(1);
        switch (function) {
            case "YIELD":
                return BondFunctions.yield(s, m, num(a, 2), num(a, 3), num(a, 4), (int) num(a, 5), (int) num(a, 6));
            case "PRICE":
                return BondFunctions.price(s, m, num(a, 2), num(a, 3), num(a, 4), (int) num(a, 5), (int) num(a, 6));
            case "ACCRINT":
                // ACCRINT(issue, first_interest, settlement, rate, par, frequency, basis[, calc_method])
                return BondFunctions.accrint(s, m, (LocalDate) a.get(2), num(a, 3), num(a, 4), (int) num(a, 5),
                        (int) num(a, 6));
            case "DURATION":
                return BondFunctions.duration(s, m, num(a, 2), num(a, 3), (int) num(a, 4), (int) num(a, 5));
            case "MDURATION":
                return BondFunctions.mduration(s, m, num(a, 2), num(a, 3), (int) num(a, 4), (int) num(a, 5));
            default:
                FixedRateBond c = BondFunctions.coupons(s, m, (int) num(a, 2), (int) num(a, 3));
                switch (function) {
                    case "COUPDAYBS": return (double) c.daysAccrued();
                    case "COUPDAYS": return c.daysInPeriod();
                    case "COUPDAYSNC": return c.daysToNextCoupon();
                    case "COUPNUM": return (double) c.couponsRemaining();
                    case "COUPPCD": return c.previousCouponDate();
                    case "COUPNCD": return c.nextCouponDate();
                    default: throw new AssertionError("no such function " + function);
                }
        }
    }

    private static double num(List<Object> args, int i) {
        return (Double) args.get(i);
    }

    private static List<Object> arguments(String text) {
        List<Object> args = new ArrayList<>();
        Matcher date = DATE.matcher(text);
        String rest = date.replaceAll("D");
        date.reset();
        for (String token : rest.split(",")) {
            if (token.equals("D")) {
                date.find();
                args.add(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3))));
            } else {
                args.add(Double.parseDouble(token));
            }
        }
        return args;
    }
}

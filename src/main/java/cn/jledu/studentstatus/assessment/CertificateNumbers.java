package cn.jledu.studentstatus.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificate numbers, unique in the province and never reused (docs/graduation.md, "Numbering"):
 * {@code 22} (Jilin) + the year (4 digits) + the kind (1 毕业证书, 2 结业证书, 3 学历证明书) + a 7-digit sequence,
 * e.g. {@code 22202810000001}. The sequence is one counter row per kind for the whole province
 * ({@code certificate_counter}); a block of n numbers is taken by {@code UPDATE … SET last_value = last_value + n}
 * in its own short transaction, so concurrent numbering by many schools is serialised by the row lock only for
 * that statement, and a number once taken is never handed out again (a rolled-back case leaves a gap, never a
 * duplicate). The primary key of {@code certificate} refuses any duplicate as a last line of defence.
 */
@Component
public class CertificateNumbers {

    /** What a certificate is: its kind digit in the number and its counter row. */
    public enum Kind {
        GRADUATE(1, "毕业证书"), COMPLETE(2, "结业证书"), PROOF(3, "学历证明书");

        private final int digit;
        private final String label;

        Kind(int digit, String label) {
            this.digit = digit;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A block of consecutive numbers of one kind and year. */
    public record Block(Kind kind, int year, long first, int count) {

        public String number(int i) {
            if (i < 0 || i >= count) {
                throw new IndexOutOfBoundsException(i);
            }
            return format(kind, year, first + i);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    CertificateNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public static String format(Kind kind, int year, long sequence) {
        if (sequence >= 10_000_000L) {
            throw new IllegalStateException("证书编号序号已用尽：" + kind.label());
        }
        return String.format("22%04d%d%07d", year, kind.digit, sequence);
    }

    /** Takes {@code count} new numbers of the kind (in a transaction of its own, committed at once). */
    public Block take(Kind kind, int year, int count) {
        if (count <= 0) {
            return new Block(kind, year, 0, 0);
        }
        Long last = own.execute(tx -> {
            int updated = jdbc.sql("UPDATE certificate_counter SET last_value = last_value + ? WHERE kind = ?")
                    .params(count, kind.name()).update();
            if (updated != 1) {
                throw new IllegalStateException("证书编号计数器缺失：" + kind);
            }
            return jdbc.sql("SELECT last_value FROM certificate_counter WHERE kind = ?").param(kind.name())
                    .query(Long.class).single();
        });
        return new Block(kind, year, last - count + 1, count);
    }
}

package cn.jledu.studentstatus.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Certificate numbers stay unique province-wide when many schools number at the same moment (PostgreSQL). */
@IntegrationTest
class CertificateNumbersConcurrencyTest {

    @Autowired
    CertificateNumbers numbers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentNumberingNeverHandsOutANumberTwice() throws Exception {
        long before = jdbc.queryForObject("SELECT last_value FROM certificate_counter WHERE kind = 'GRADUATE'", Long.class);
        int schools = 8;
        int blocks = 25;
        int size = 4;
        Set<String> taken = ConcurrentHashMap.newKeySet();
        List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(schools);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < schools; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int b = 0; b < blocks; b++) {
                        CertificateNumbers.Block block = numbers.take(CertificateNumbers.Kind.GRADUATE, 2028, size);
                        for (int i = 0; i < size; i++) {
                            taken.add(block.number(i));
                            all.add(block.number(i));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(all).hasSize(schools * blocks * size);
        assertThat(taken).hasSize(schools * blocks * size);
        assertThat(taken).allMatch(n -> n.matches("2220281\\d{7}"));
        long after = jdbc.queryForObject("SELECT last_value FROM certificate_counter WHERE kind = 'GRADUATE'", Long.class);
        assertThat(after - before).isEqualTo((long) schools * blocks * size);
    }

    @Test
    void numbersFollowTheDocumentedScheme() {
        assertThat(CertificateNumbers.format(CertificateNumbers.Kind.COMPLETE, 2029, 42)).isEqualTo("22202920000042");
        assertThat(CertificateNumbers.format(CertificateNumbers.Kind.PROOF, 2030, 1)).isEqualTo("22203030000001");
    }
}

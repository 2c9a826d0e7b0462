package fi.kuntakokeilu.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A month file compressed a block at a time on several threads is one ordinary gzip member (RFC
 * 1952) that a standard reader reads back whole, and its bytes do not depend on the threads.
 */
class ParallelGzipOutputStreamTest {

    /** About 3.4 blocks of CSV-like lines, so that a block boundary falls inside a line. */
    static byte[] lines() {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder text = new StringBuilder();
        while (text.length() < 3 * ParallelGzipOutputStream.BLOCK + 400_000) {
            text.append(Long.toHexString(random.nextLong()))
                    .append(",2024-12-31,TRIAL_AREA,helsinki,")
                    .append(random.nextInt(1000))
                    .append(random.nextBoolean() ? ",UNEMPLOYED,1,0" : ",EMPLOYED_OPEN,0,1")
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] data, Executor executor, int chunk) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ParallelGzipOutputStream out = new ParallelGzipOutputStream(file, executor)) {
            for (int offset = 0; offset < data.length; offset += chunk) {
                out.write(data, offset, Math.min(chunk, data.length - offset));
            }
        }
        return file.toByteArray();
    }

    static byte[] gunzip(byte[] file) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aStandardGzipReaderReadsBackEveryByte() throws IOException {
        byte[] data = lines();
        byte[] file = gzip(data, Runnable::run, 8191);
        assertThat(gunzip(file)).isEqualTo(data);
        assertThat(file.length).as("compressed").isLessThan(data.length / 3);
    }

    @Test
    void theBytesAreTheSameWhicheverThreadsCompressAndHoweverTheDataArrives() throws IOException {
        byte[] data = lines();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            byte[] onOneThread = gzip(data, Runnable::run, 1 << 16);
            assertThat(gzip(data, pool, 1 << 16)).isEqualTo(onOneThread);
            assertThat(gzip(data, pool, 777)).isEqualTo(onOneThread);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void nothingWrittenIsAnEmptyGzipFile() throws IOException {
        assertThat(gunzip(gzip(new byte[0], Runnable::run, 1))).isEmpty();
    }

    @Test
    void exactlyOneBlockEndsWithTheFinalDeflateBlock() throws IOException {
        byte[] data = new byte[ParallelGzipOutputStream.BLOCK];
        new SplittableRandom(3).nextBytes(data);
        assertThat(gunzip(gzip(data, Runnable::run, 4096))).isEqualTo(data);
    }
}

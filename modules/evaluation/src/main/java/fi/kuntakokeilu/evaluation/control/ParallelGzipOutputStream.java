package fi.kuntakokeilu.evaluation.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip file (RFC 1952, one member) whose deflate stream is compressed a block at a time on an
 * executor's threads, as pigz does: each block of {@link #BLOCK} bytes is deflated on its own with
 * the previous block's last 32 KiB as its dictionary and ends on a byte boundary (a sync flush), so
 * the blocks' outputs joined in order are one deflate stream that any gzip reader reads, compressed
 * almost as well as by one deflater. The bytes depend only on the data (block boundaries fall every
 * {@link #BLOCK} bytes; the header has no time or name), not on the threads or their timing.
 *
 * <p>Deflating is most of the cost of writing a month of the export; with this the machine's cores
 * share it. At most {@link #IN_FLIGHT} blocks are held at once.
 */
final class ParallelGzipOutputStream extends OutputStream {

    /**
     * Input bytes per block: 256 KiB, under half of the collector's smallest region (G1 allocates a
     * larger array straight into the old generation, and a month makes a hundred of them).
     */
    static final int BLOCK = 1 << 18;

    /** Blocks compressing or waiting to be written, at most (about 2 MB with their output). */
    static final int IN_FLIGHT = 6;

    private static final int DICTIONARY = 32 << 10;

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final OutputStream out;
    private final Executor executor;
    private final Deque<CompletableFuture<byte[]>> pending = new ArrayDeque<>();
    private final CRC32 crc = new CRC32();
    private byte[] block = new byte[BLOCK];
    private int filled;
    private byte[] dictionary;
    private long total;
    private boolean closed;

    ParallelGzipOutputStream(OutputStream out, Executor executor) throws IOException {
        this.out = out;
        this.executor = executor;
        out.write(HEADER);
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == BLOCK) {
            submit(false);
        }
        block[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == BLOCK) {
                submit(false);
            }
            int n = Math.min(length, BLOCK - filled);
            System.arraycopy(bytes, offset, block, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    /** Hands the filled block to the executor and writes out the oldest blocks beyond {@link #IN_FLIGHT}. */
    private void submit(boolean last) throws IOException {
        byte[] input = block;
        int size = filled;
        byte[] before = dictionary;
        crc.update(input, 0, size);
        total += size;
        dictionary = Arrays.copyOfRange(input, Math.max(0, size - DICTIONARY), size);
        pending.add(CompletableFuture.supplyAsync(() -> deflate(input, size, before, last), executor));
        block = last ? null : new byte[BLOCK];
        filled = 0;
        while (pending.size() > (last ? 0 : IN_FLIGHT)) {
            out.write(next());
        }
    }

    private byte[] next() throws IOException {
        try {
            return pending.removeFirst().join();
        } catch (CompletionException e) {
            throw new IOException("a block of the gzip file could not be compressed", e.getCause());
        }
    }

    /** One block as raw deflate: ends with a sync flush, or, for the last, with the final block. */
    static byte[] deflate(byte[] input, int size, byte[] dictionary, boolean last) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            if (dictionary != null && dictionary.length > 0) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(input, 0, size);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(size / 4 + 64);
            byte[] buffer = new byte[1 << 16];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    compressed.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return compressed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Compresses what is left as the last block, writes every block and the trailer, and closes. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            submit(true);
            long value = crc.getValue();
            for (long field : new long[] {value, total}) {
                for (int i = 0; i < 4; i++) {
                    out.write((int) (field >>> (8 * i)) & 0xff);
                }
            }
        } finally {
            out.close();
        }
    }
}

package io.powermap.io.generate;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Run in a separate, heap-limited JVM by {@link AccountGeneratorTest}: generates {@code people ties seed}
 * into a byte-counting sink and prints {@code people= ties= bytes= ms= peakHeapBytes= maxHeapBytes=}.
 */
public final class GeneratorMemoryProbe {
    private GeneratorMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        GeneratorSpec spec = GeneratorSpec.of(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        long t0 = System.nanoTime();
        AccountGenerator.Summary s = new AccountGenerator(spec).writeTo(sink);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("people=" + s.people() + " ties=" + s.ties() + " bytes=" + bytes[0] + " ms=" + ms
                + " peakHeapBytes=" + peak + " maxHeapBytes=" + Runtime.getRuntime().maxMemory());
    }
}

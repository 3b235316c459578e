package notes.llm;

/**
 * Why an input to the LLM formulas cannot be used, as a code: the domain never words a problem (the page words each
 * code in zh-Hant, see {@code notes.page.LlmMessages}). {@link LlmProblem#limit()} carries the one number a code
 * refers to (the layers, routed experts, query heads ...), where it has one.
 */
public enum LlmProblemCode {
    /** The value must be above 0 (a count, a size, a ratio, a rate). */
    NOT_POSITIVE,
    /** The value must not be negative. */
    NEGATIVE,
    /** More dense layers than layers; limit = the layers. */
    EXCEEDS_LAYERS,
    /** Top-k above the routed experts; limit = the routed experts. */
    EXCEEDS_ROUTED,
    /** Routed experts but none chosen per token (top-k 0). */
    NO_ACTIVE_EXPERT,
    /** The KV heads do not divide the query heads; limit = the query heads. */
    NOT_A_DIVISOR,
    /** A LoRA rank above the matrix's smaller side; limit = min(d, k). */
    RANK_EXCEEDS_SIDE,
    /** Whole-model LoRA counts are for standard (MHA/GQA/MQA) attention only. */
    NEEDS_GQA,
    /** An expert centroid whose length differs from the token's; limit = the token's length. */
    LENGTH_MISMATCH,
    /** A list of per-expert biases whose length is not the routed experts'; limit = the routed experts. */
    BIAS_COUNT,
    /** PPO's clip range must be above 0 and below 1. */
    EPSILON_OUT_OF_RANGE,
    /** Activated parameters above the model's total (a part cannot exceed the whole). */
    EXCEEDS_TOTAL,
    /** A GRPO group with fewer outputs than a standard deviation needs; limit = the fewest allowed. */
    GROUP_TOO_SMALL,
    /** A log-probability ratio too far from 0 for GRPO's KL estimate e^(-x) + x - 1; limit = the largest |x|. */
    LOG_RATIO_OUT_OF_RANGE,
    /** Model FLOPs utilisation must be above 0 and at most 1 (100 %). */
    MFU_OUT_OF_RANGE,
    /** A model shape with more parameters than can be counted exactly; limit = the most allowed. */
    TOO_LARGE
}

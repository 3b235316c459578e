package notes.preferred;

/** What a preferred series receives after its liquidation preference. */
public enum Participation {
    /** Nothing more: it takes its preference or converts to common, whichever pays more. */
    NONE,
    /** It also shares the residual with common, pro rata to its as-converted shares. */
    FULL,
    /** It shares the residual until preference plus participation reach the cap; above that, it may convert. */
    CAPPED
}

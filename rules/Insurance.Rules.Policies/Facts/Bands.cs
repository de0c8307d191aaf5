namespace Insurance.Rules.Policies.Facts;

/// <summary>
/// Band ids reported in <c>gaps[].band</c> and <c>deadlines[].then</c>: the FACTS rule id, with a suffix where
/// one clause has several bands (for example <c>YC-FLEX-BAND.60</c> for "within 60 days").
/// </summary>
public static class Bands
{
    /// <summary>CN-TRANSFER-SHORT: gap ≤ 3 months.</summary>
    public const string TransferShort = "CN-TRANSFER-SHORT";

    /// <summary>CN-TRANSFER-LONG: gap &gt; 3 months.</summary>
    public const string TransferLong = "CN-TRANSFER-LONG";

    /// <summary>YC-FLEX-BAND: backpay within 60 days of the suspension start.</summary>
    public const string YichangWithin60 = "YC-FLEX-BAND.60";

    /// <summary>YC-FLEX-BAND: backpay on day 61–180.</summary>
    public const string YichangWithin180 = "YC-FLEX-BAND.180";

    /// <summary>YC-FLEX-BAND (variant 2022): backpay after 180 days.</summary>
    public const string YichangOver180 = "YC-FLEX-BAND.OVER180";

    /// <summary>YC-FLEX-NEW: treated as a new enrolment.</summary>
    public const string YichangNew = "YC-FLEX-NEW";

    /// <summary>NB-REJOIN: gap ≤ 3 months.</summary>
    public const string NingboShort = "NB-REJOIN.SHORT";

    /// <summary>NB-REJOIN: gap &gt; 3 months.</summary>
    public const string NingboLong = "NB-REJOIN.LONG";

    /// <summary>SD-ARREARS: employer arrears paid with late fees.</summary>
    public const string ShandongArrears = "SD-ARREARS";

    /// <summary>SD-FLEX: flexible-worker gap ≤ 3 months.</summary>
    public const string ShandongFlexShort = "SD-FLEX.SHORT";

    /// <summary>SD-FLEX: flexible-worker gap &gt; 3 months.</summary>
    public const string ShandongFlexLong = "SD-FLEX.LONG";

    /// <summary>ZH-GAP: gap ≤ 3 months.</summary>
    public const string ZhuhaiShort = "ZH-GAP.SHORT";

    /// <summary>ZH-GAP: gap &gt; 3 months, new enrolment.</summary>
    public const string ZhuhaiLong = "ZH-GAP.LONG";

    /// <summary>CZ-FLEX: backpaid within 3 months, restored the day after the money arrives.</summary>
    public const string ChangzhouShort = "CZ-FLEX.SHORT";

    /// <summary>CZ-FLEX: later or no backpay, 3 months of normal payment.</summary>
    public const string ChangzhouLong = "CZ-FLEX.LONG";

    /// <summary>CN-SWITCH: scheme switch after ≥ 24 continuous months with a gap ≤ 3 months.</summary>
    public const string Switch = "CN-SWITCH";

    /// <summary>Gap rule families as pack values name them.</summary>
    public static class Families
    {
        /// <summary>National default (CN-TRANSFER-SHORT/-LONG).</summary>
        public const string Transfer = "CN-TRANSFER";

        /// <summary>Yichang day bands.</summary>
        public const string Yichang = "YC-FLEX-BAND";

        /// <summary>Ningbo/Zhejiang rejoin rule.</summary>
        public const string Ningbo = "NB-REJOIN";

        /// <summary>Shandong employer arrears.</summary>
        public const string ShandongArrears = "SD-ARREARS";

        /// <summary>Shandong flexible workers.</summary>
        public const string ShandongFlex = "SD-FLEX";

        /// <summary>Zhuhai employee gaps.</summary>
        public const string Zhuhai = "ZH-GAP";

        /// <summary>Changzhou flexible workers.</summary>
        public const string Changzhou = "CZ-FLEX";
    }
}

using System.Text.Json;
using Insurance.Rules.Domain.Model;

namespace Insurance.Rules.Domain.Json;

/// <summary>Writes the model back in the contract's input JSON (field order as in CONTRACT.md).</summary>
internal static class CaseWriter
{
    public static void Write(Utf8JsonWriter w, InsuranceCase c)
    {
        w.WriteStartObject();
        w.WriteString("asOf", IsoText.Date(c.AsOf));
        w.WriteString("region", c.Region);
        WriteParticipant(w, c.Participant);
        w.WriteStartArray("contributions");
        foreach (var record in c.Contributions)
        {
            WriteRecord(w, record);
        }

        w.WriteEndArray();
        w.WriteNumber("deemedMonths", c.DeemedMonths);
        w.WriteStartArray("events");
        foreach (var e in c.Events)
        {
            w.WriteStartObject();
            w.WriteString("date", IsoText.Date(e.Date));
            w.WriteString("type", ContractNames.Of(e.Type));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("plan");
        WriteDateOrNull(w, "payOn", c.Plan.PayOn);
        w.WriteNumber("repairYears", c.Plan.RepairYears);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteParticipant(Utf8JsonWriter w, Participant p)
    {
        w.WriteStartObject("participant");
        WriteStringOrNull(w, "id", p.Id);
        w.WriteString("birthDate", IsoText.Date(p.BirthDate));
        w.WriteString("sex", ContractNames.Of(p.Sex));
        if (p.OriginalRetirementAge is { } age)
        {
            w.WriteNumber("originalRetirementAge", age);
        }
        else
        {
            w.WriteNull("originalRetirementAge");
        }

        w.WriteString("status", ContractNames.Of(p.Status));
        if (p.Hukou is { } hukou)
        {
            w.WriteStartObject("hukou");
            w.WriteString("region", hukou.Region);
            w.WriteString("type", ContractNames.Of(hukou.Type));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("hukou");
        }

        WriteStringOrNull(w, "residencePermitRegion", p.ResidencePermitRegion);
        w.WriteEndObject();
    }

    // Optional record fields are left out when absent, so long histories stay compact.
    private static void WriteRecord(Utf8JsonWriter w, ContributionRecord r)
    {
        w.WriteStartObject();
        if (r.Year is { } year)
        {
            w.WriteNumber("year", year);
        }
        else if (r.From == r.To)
        {
            w.WriteString("month", IsoText.Month(r.From!.Value));
        }
        else
        {
            w.WriteString("from", IsoText.Month(r.From!.Value));
            w.WriteString("to", IsoText.Month(r.To!.Value));
        }

        w.WriteString("scheme", ContractNames.Of(r.Scheme));
        if (r.Payer is { } payer)
        {
            w.WriteString("payer", ContractNames.Of(payer));
        }

        if (r.PaidOn is { } paidOn)
        {
            w.WriteString("paidOn", IsoText.Date(paidOn));
        }

        if (r.Region is { } region)
        {
            w.WriteString("region", region);
        }

        w.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteDateOrNull(Utf8JsonWriter w, string name, NodaTime.LocalDate? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, IsoText.Date(date));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}

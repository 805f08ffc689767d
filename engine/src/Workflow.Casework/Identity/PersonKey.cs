using System.Security.Cryptography;
using System.Text;

namespace Workflow.Casework;

/// <summary>
/// The key the ledger and the payment records use for a person instead of their ID number: a SHA-256 of the normalised
/// number, so a 公安 death record and an application written with a lower-case x find the same person.
/// </summary>
public static class PersonKey
{
    public static string Of(string idNumber) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ChineseIdNumber.Normalize(idNumber))));
}

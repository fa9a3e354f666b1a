using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Figures;

namespace MspConsole.Infrastructure.Figures;

/// <summary>The figures one save moves, and where they are written: at the commit of the save's own transaction, or right
/// after the save when the caller holds a transaction of its own.</summary>
internal sealed record PendingFigures(FiguresDelta Delta, bool InCallersTransaction, AutoTransactionBehavior PreviousBehavior);

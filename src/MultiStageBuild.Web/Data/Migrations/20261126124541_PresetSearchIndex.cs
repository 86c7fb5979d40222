using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MultiStageBuild.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PresetSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Presets_DeletedAt_CreatedAt",
                table: "Presets");

            migrationBuilder.DropIndex(
                name: "IX_Presets_DeletedAt_NormalizedName",
                table: "Presets");

            migrationBuilder.DropIndex(
                name: "IX_Presets_DeletedAt_UpdatedAt",
                table: "Presets");

            migrationBuilder.DropIndex(
                name: "IX_PresetTags_NormalizedTag",
                table: "PresetTags");

            migrationBuilder.CreateIndex(
                name: "IX_Presets_CreatedAt_Live",
                table: "Presets",
                columns: new[] { "CreatedAt", "NormalizedName" },
                descending: new[] { true, false },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Presets_DeletedAt",
                table: "Presets",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Presets_UpdatedAt_Live",
                table: "Presets",
                columns: new[] { "UpdatedAt", "NormalizedName" },
                descending: new[] { true, false },
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PresetTags_NormalizedTag_Tag",
                table: "PresetTags",
                columns: new[] { "NormalizedTag", "Tag" });

            // The search index: live presets only, keyed by the Presets rowid (VACUUM keeps rowids), kept by triggers in
            // the writing transaction. A later migration that rebuilds Presets or PresetTags must drop the view and the
            // triggers first, then create them again and refill the index. Trigrams answer any substring of three or
            // more characters; the two trailing line feeds give every character a trigram of its own, so a
            // two-character search is the trigrams that start with it (listed from the PresetSearchTerms vocabulary).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE PresetSearch USING fts5(
                    Text, Tags, content='', contentless_delete=1, tokenize='trigram case_sensitive 1');
                """);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE PresetSearchTerms USING fts5vocab(PresetSearch, 'instance');");
            migrationBuilder.Sql("""
                CREATE VIEW PresetSearchSource AS
                SELECT p.rowid AS PresetRowId, p.Id AS PresetId, p.SearchText || char(10, 10) AS Text,
                       (SELECT ',' || group_concat(t.NormalizedTag, ',') || ',' FROM PresetTags AS t WHERE t.PresetId = p.Id) AS Tags
                FROM Presets AS p
                WHERE p.DeletedAt IS NULL;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Presets_Search_Insert AFTER INSERT ON Presets BEGIN
                    INSERT INTO PresetSearch (rowid, Text, Tags) SELECT PresetRowId, Text, Tags FROM PresetSearchSource WHERE PresetRowId = new.rowid;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Presets_Search_Update AFTER UPDATE OF SearchText, DeletedAt ON Presets BEGIN
                    DELETE FROM PresetSearch WHERE rowid = old.rowid AND old.DeletedAt IS NULL;
                    INSERT INTO PresetSearch (rowid, Text, Tags) SELECT PresetRowId, Text, Tags FROM PresetSearchSource WHERE PresetRowId = new.rowid;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Presets_Search_Delete AFTER DELETE ON Presets BEGIN
                    DELETE FROM PresetSearch WHERE rowid = old.rowid AND old.DeletedAt IS NULL;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER PresetTags_Search_Insert AFTER INSERT ON PresetTags BEGIN
                    DELETE FROM PresetSearch WHERE rowid = (SELECT PresetRowId FROM PresetSearchSource WHERE PresetId = new.PresetId);
                    INSERT INTO PresetSearch (rowid, Text, Tags) SELECT PresetRowId, Text, Tags FROM PresetSearchSource WHERE PresetId = new.PresetId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER PresetTags_Search_Delete AFTER DELETE ON PresetTags BEGIN
                    DELETE FROM PresetSearch WHERE rowid = (SELECT PresetRowId FROM PresetSearchSource WHERE PresetId = old.PresetId);
                    INSERT INTO PresetSearch (rowid, Text, Tags) SELECT PresetRowId, Text, Tags FROM PresetSearchSource WHERE PresetId = old.PresetId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER PresetTags_Search_Update AFTER UPDATE OF PresetId, NormalizedTag ON PresetTags BEGIN
                    DELETE FROM PresetSearch WHERE rowid = (SELECT PresetRowId FROM PresetSearchSource WHERE PresetId = old.PresetId);
                    INSERT INTO PresetSearch (rowid, Text, Tags) SELECT PresetRowId, Text, Tags FROM PresetSearchSource WHERE PresetId = old.PresetId;
                    DELETE FROM PresetSearch WHERE rowid = (SELECT PresetRowId FROM PresetSearchSource WHERE PresetId = new.PresetId);
                    INSERT INTO PresetSearch (rowid, Text, Tags) SELECT PresetRowId, Text, Tags FROM PresetSearchSource WHERE PresetId = new.PresetId;
                END;
                """);

            migrationBuilder.Sql("INSERT INTO PresetSearch (rowid, Text, Tags) SELECT PresetRowId, Text, Tags FROM PresetSearchSource;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "Presets_Search_Insert", "Presets_Search_Update", "Presets_Search_Delete", "PresetTags_Search_Insert", "PresetTags_Search_Delete", "PresetTags_Search_Update" })
            {
                migrationBuilder.Sql($"DROP TRIGGER {trigger};");
            }

            migrationBuilder.Sql("DROP VIEW PresetSearchSource;");
            migrationBuilder.Sql("DROP TABLE PresetSearchTerms;");
            migrationBuilder.Sql("DROP TABLE PresetSearch;");

            migrationBuilder.DropIndex(
                name: "IX_Presets_CreatedAt_Live",
                table: "Presets");

            migrationBuilder.DropIndex(
                name: "IX_Presets_DeletedAt",
                table: "Presets");

            migrationBuilder.DropIndex(
                name: "IX_Presets_UpdatedAt_Live",
                table: "Presets");

            migrationBuilder.DropIndex(
                name: "IX_PresetTags_NormalizedTag_Tag",
                table: "PresetTags");

            migrationBuilder.CreateIndex(
                name: "IX_Presets_DeletedAt_CreatedAt",
                table: "Presets",
                columns: new[] { "DeletedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Presets_DeletedAt_NormalizedName",
                table: "Presets",
                columns: new[] { "DeletedAt", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Presets_DeletedAt_UpdatedAt",
                table: "Presets",
                columns: new[] { "DeletedAt", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PresetTags_NormalizedTag",
                table: "PresetTags",
                column: "NormalizedTag");
        }
    }
}

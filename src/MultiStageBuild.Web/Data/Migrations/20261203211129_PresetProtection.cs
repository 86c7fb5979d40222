using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MultiStageBuild.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PresetProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsProtected",
                table: "Presets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsProtected",
                table: "Presets");
        }
    }
}

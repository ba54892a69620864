"""The workbook: its contract (sheets and columns), the writer and the reader. The only code that uses openpyxl."""
